using System;
using System.Collections.Generic;
using Microsoft.CodeAnalysis;

namespace PrivacyAnalyzers.Model
{
    /// <summary>
    /// The marker attributes, matched by simple name from any namespace so teams can declare their own
    /// (<c>[CreatorFacing]</c> from the Annotations package, ASP.NET Core Identity's <c>[PersonalData]</c> …).
    /// </summary>
    internal static class PrivacyAttributes
    {
        public const string CreatorFacing = "CreatorFacing";
        public const string UserIdentifier = "UserIdentifier";
        public const string PersonalData = "PersonalData";
        public const string ProtectedPersonalData = "ProtectedPersonalData";
        public const string NoDataClassification = "NoDataClassification";
        public const string PreciseLocation = "PreciseLocation";
        private const string DataClassificationBase = "DataClassificationAttribute";

        public static bool IsNamed(INamedTypeSymbol? attributeClass, string simpleName)
        {
            if (attributeClass is null)
            {
                return false;
            }

            var name = attributeClass.Name;
            return name.Length == simpleName.Length + "Attribute".Length
                ? name.StartsWith(simpleName, StringComparison.Ordinal) && name.EndsWith("Attribute", StringComparison.Ordinal)
                : string.Equals(name, simpleName, StringComparison.Ordinal);
        }

        public static bool Has(ISymbol symbol, string simpleName)
        {
            foreach (var attribute in symbol.GetAttributes())
            {
                if (IsNamed(attribute.AttributeClass, simpleName))
                {
                    return true;
                }
            }

            return false;
        }

        /// <summary>
        /// Whether the type, a base or an interface carries the marker. Only the application's own types are read: the
        /// framework's (object, ControllerBase, IEquatable&lt;T&gt;) carry no team's marker, and decoding their metadata
        /// attributes would cost more than the rest of the question.
        /// </summary>
        public static bool MarksTypeOrAncestor(INamedTypeSymbol type, string simpleName)
        {
            for (var current = type; current is not null && !TypeShapes.IsFrameworkType(current); current = current.BaseType)
            {
                if (Has(current, simpleName))
                {
                    return true;
                }
            }

            foreach (var contract in type.AllInterfaces)
            {
                if (MarksOwnType(contract, simpleName))
                {
                    return true;
                }
            }

            return false;
        }

        /// <summary>
        /// Whether an application type carries the marker: a team's markers (and ASP.NET Core's <c>[ApiController]</c> on a
        /// team's controllers) are never on the framework's own types (<c>System.*</c>, <c>Microsoft.*</c>), whose metadata
        /// attributes are therefore not decoded.
        /// </summary>
        public static bool MarksOwnType(ITypeSymbol type, string simpleName) =>
            !TypeShapes.IsFrameworkType(type) && Has(type, simpleName);

        /// <summary>The attributes of a member; for a positional record property also those written on its parameter.</summary>
        public static IEnumerable<AttributeData> OfMember(ISymbol member)
        {
            foreach (var attribute in member.GetAttributes())
            {
                yield return attribute;
            }

            var parameter = FindPositionalParameter(member);
            if (parameter is not null)
            {
                foreach (var attribute in parameter.GetAttributes())
                {
                    yield return attribute;
                }
            }
        }

        /// <summary>[UserIdentifier], [PersonalData], [ProtectedPersonalData] or a data classification attribute.</summary>
        public static bool MarksPersonalData(ISymbol member)
        {
            foreach (var attribute in OfMember(member))
            {
                var attributeClass = attribute.AttributeClass;
                if (IsNamed(attributeClass, UserIdentifier)
                    || IsNamed(attributeClass, PersonalData)
                    || IsNamed(attributeClass, ProtectedPersonalData)
                    || DerivesFromDataClassification(attributeClass))
                {
                    return true;
                }
            }

            return false;
        }

        /// <summary>[NoDataClassification]: the team says this member is not personal data.</summary>
        public static bool MarksNotPersonal(ISymbol member) => IsMarked(member, NoDataClassification);

        /// <summary>[PreciseLocation]: the member holds a precise location (coordinates, IP address, postal code, street address).</summary>
        public static bool MarksPreciseLocation(ISymbol member) => IsMarked(member, PreciseLocation);

        /// <summary>The member, or the positional record parameter that declares it, carries the attribute.</summary>
        private static bool IsMarked(ISymbol member, string simpleName)
        {
            foreach (var attribute in OfMember(member))
            {
                if (IsNamed(attribute.AttributeClass, simpleName))
                {
                    return true;
                }
            }

            return false;
        }

        /// <summary>The primary-constructor parameter a positional record property was declared by, if any.</summary>
        public static IParameterSymbol? FindPositionalParameter(ISymbol member)
        {
            if (member is not IPropertySymbol { ContainingType.IsRecord: true } property || property.Locations.Length == 0)
            {
                return null;
            }

            // GetMembers(".ctor") is a lookup; InstanceConstructors builds a new array on every call.
            foreach (var constructor in property.ContainingType.GetMembers(WellKnownMemberNames.InstanceConstructorName))
            {
                foreach (var parameter in ((IMethodSymbol)constructor).Parameters)
                {
                    if (parameter.Name == property.Name
                        && parameter.Locations.Length > 0
                        && parameter.Locations[0] == property.Locations[0])
                    {
                        return parameter;
                    }
                }
            }

            return null;
        }

        private static bool DerivesFromDataClassification(INamedTypeSymbol? attributeClass)
        {
            for (var type = attributeClass; type is not null; type = type.BaseType)
            {
                if (type.Name == DataClassificationBase)
                {
                    return true;
                }
            }

            return false;
        }
    }
}

using System;
using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using PrivacyAnalyzers.Internals;

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
        public static bool MarksTypeOrAncestor(INamedTypeSymbol type, string simpleName) => MarkedTypeOrAncestor(type, simpleName) is not null;

        /// <summary>The type, base or interface that carries the marker (see <see cref="MarksTypeOrAncestor"/>), or null.</summary>
        public static INamedTypeSymbol? MarkedTypeOrAncestor(INamedTypeSymbol type, string simpleName)
        {
            for (var current = type; current is not null && !Symbols.IsFrameworkType(current); current = current.BaseType)
            {
                if (Has(current, simpleName))
                {
                    return current;
                }
            }

            foreach (var contract in type.AllInterfaces)
            {
                if (MarksOwnType(contract, simpleName))
                {
                    return contract;
                }
            }

            return null;
        }

        /// <summary>
        /// Whether an application type carries the marker: a team's markers (and ASP.NET Core's <c>[ApiController]</c> on a
        /// team's controllers) are never on the framework's own types (<c>System.*</c>, <c>Microsoft.*</c>), whose metadata
        /// attributes are therefore not decoded.
        /// </summary>
        public static bool MarksOwnType(ITypeSymbol type, string simpleName) =>
            !Symbols.IsFrameworkType(type) && Has(type, simpleName);

        /// <summary>
        /// The data markers of a member, written on it or on the positional record parameter that declares it: one pass
        /// over both, as the rules ask about several markers of each member they judge.
        /// </summary>
        public static MemberMarkers MarkersOf(ISymbol member)
        {
            var markers = MarkersIn(member.GetAttributes());
            return FindPositionalParameter(member) is { } parameter ? markers | MarkersIn(parameter.GetAttributes()) : markers;
        }

        private static MemberMarkers MarkersIn(ImmutableArray<AttributeData> attributes)
        {
            var markers = MemberMarkers.None;
            foreach (var attribute in attributes)
            {
                var attributeClass = attribute.AttributeClass;
                if (IsNamed(attributeClass, NoDataClassification))
                {
                    markers |= MemberMarkers.NotPersonal;
                }

                if (IsNamed(attributeClass, PreciseLocation))
                {
                    markers |= MemberMarkers.PreciseLocation;
                }

                // [NoDataClassification] derives from DataClassificationAttribute too: NotPersonal is asked first.
                if (IsNamed(attributeClass, UserIdentifier)
                    || IsNamed(attributeClass, PersonalData)
                    || IsNamed(attributeClass, ProtectedPersonalData)
                    || DerivesFromDataClassification(attributeClass))
                {
                    markers |= MemberMarkers.PersonalData;
                }
            }

            return markers;
        }

        /// <summary>The primary-constructor parameter a positional record property was declared by, if any.</summary>
        private static IParameterSymbol? FindPositionalParameter(ISymbol member)
        {
            // Locations are built anew at each call: each is read once.
            if (member is not IPropertySymbol { ContainingType.IsRecord: true } property || property.Locations is not { Length: > 0 } declared)
            {
                return null;
            }

            // GetMembers(".ctor") is a lookup; InstanceConstructors builds a new array on every call.
            foreach (var constructor in property.ContainingType.GetMembers(WellKnownMemberNames.InstanceConstructorName))
            {
                foreach (var parameter in ((IMethodSymbol)constructor).Parameters)
                {
                    if (parameter.Name == property.Name && parameter.Locations is { Length: > 0 } locations && locations[0] == declared[0])
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

    /// <summary>The data markers a member carries (see <see cref="PrivacyAttributes.MarkersOf"/>).</summary>
    [Flags]
    internal enum MemberMarkers
    {
        None = 0,

        /// <summary>[NoDataClassification]: the team says the member is not personal data.</summary>
        NotPersonal = 1,

        /// <summary>[UserIdentifier], [PersonalData], [ProtectedPersonalData] or a data classification attribute.</summary>
        PersonalData = 2,

        /// <summary>[PreciseLocation]: the member holds a precise location.</summary>
        PreciseLocation = 4,
    }
}

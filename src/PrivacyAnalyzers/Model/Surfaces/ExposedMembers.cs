using System;
using System.Collections.Generic;
using Microsoft.CodeAnalysis;
using PrivacyAnalyzers.Internals;

namespace PrivacyAnalyzers.Model
{
    /// <summary>
    /// What leaves a creator-facing type (privacy model §3.2): its public instance properties and fields, positional record
    /// properties included, and the ones it inherits from bases that are not creator-facing. Shared by the rules that
    /// judge members of creator-facing types (PRIV001, PRIV004).
    /// </summary>
    internal static class ExposedMembers
    {
        /// <summary>Only what leaves the type counts: public instance properties and fields, positional record properties.</summary>
        public static bool IsExposed(ISymbol member) =>
            member.DeclaredAccessibility == Accessibility.Public
            && !member.IsStatic
            && !member.IsImplicitlyDeclared
            && member is not IPropertySymbol { IsIndexer: true };

        /// <summary>
        /// Whether <paramref name="member"/> is an exposed property or field of a creator-facing type, with a declaration
        /// to report at and a type that compiles throughout (a <c>Dictionary&lt;Missing, int&gt;</c> is not judged). A partial
        /// property is judged at its declaring part only, so it is reported once.
        /// </summary>
        public static bool TryGetExposed(ISymbol member, CreatorFacingSurfaces surfaces, out INamedTypeSymbol container, out ITypeSymbol type)
        {
            // Every property and field of the compilation is asked, and most types are not creator-facing: the cached
            // answer for the container comes before the member's type and its locations, which are built anew each time.
            container = member.ContainingType;
            type = null!;
            return container is not null && IsExposed(member) && surfaces.IsCreatorFacing(container) && TryGetJudgedType(member, out type);
        }

        /// <summary>
        /// The type of an exposed member, when the member can be judged: it is the declaring part of a partial property,
        /// if partial, and its type compiles throughout. An exposed member is never implicitly declared, so it has a
        /// declaration to report at; its locations are not read here, as they are built anew at every call.
        /// </summary>
        public static bool TryGetJudgedType(ISymbol member, out ITypeSymbol type)
        {
            var memberType = Symbols.MemberType(member);
            type = memberType!;
            return memberType is not null
                && memberType.TypeKind != TypeKind.Error
                && member is not IPropertySymbol { PartialDefinitionPart: not null }
                && !Symbols.ContainsErrorType(memberType);
        }

        /// <summary>
        /// The exposed members a creator-facing type inherits from bases that are not creator-facing: they leak through
        /// the derived type, so they are reported at its name. A creator-facing base reports its own members, and what it
        /// inherits, itself. Empty when <paramref name="type"/> is not creator-facing or has no declaration.
        /// </summary>
        public static IEnumerable<InheritedMember> InheritedFromPlainBases(INamedTypeSymbol type, CreatorFacingSurfaces surfaces) =>
            // Every type of the compilation is asked: the cached answer first, then the locations, which are built anew
            // each time, and only then an enumerator.
            surfaces.IsCreatorFacing(type) && type.Locations.Length > 0
                ? InheritedMembersOf(type, surfaces)
                : Array.Empty<InheritedMember>();

        private static IEnumerable<InheritedMember> InheritedMembersOf(INamedTypeSymbol type, CreatorFacingSurfaces surfaces)
        {
            for (var baseType = type.BaseType; baseType is not null && !Symbols.IsFrameworkType(baseType); baseType = baseType.BaseType)
            {
                if (surfaces.IsCreatorFacing(baseType))
                {
                    yield break;
                }

                foreach (var member in baseType.GetMembers())
                {
                    var memberType = Symbols.MemberType(member);
                    if (memberType is not null && memberType.TypeKind != TypeKind.Error && IsExposed(member))
                    {
                        yield return new InheritedMember(baseType, member, memberType);
                    }
                }
            }
        }
    }

    /// <summary>A member a creator-facing type inherits from a base that is not creator-facing.</summary>
    internal readonly struct InheritedMember
    {
        public InheritedMember(INamedTypeSymbol declaringType, ISymbol member, ITypeSymbol type)
        {
            DeclaringType = declaringType;
            Member = member;
            Type = type;
        }

        public INamedTypeSymbol DeclaringType { get; }

        public ISymbol Member { get; }

        public ITypeSymbol Type { get; }
    }
}

using Microsoft.CodeAnalysis;
using PrivacyAnalyzers.Internals;
using PrivacyAnalyzers.Policy;

namespace PrivacyAnalyzers.Model
{
    /// <summary>Decides which types are shown to creators (privacy model §3.1). Cached per compilation.</summary>
    internal sealed class CreatorFacingSurfaces
    {
        private readonly PrivacyPolicy _policy;

        // Every rule asks about every member's container: recent types answer first.
        private readonly RecentFirstCache<INamedTypeSymbol, CreatorFacing> _cache;

        private readonly NamespaceMatcher _namespaces;

        public CreatorFacingSurfaces(PrivacyPolicy policy)
        {
            _policy = policy;
            _namespaces = new NamespaceMatcher(policy.CreatorFacingNamespaces);
            _cache = new(Compute, SymbolEqualityComparer.Default);
        }

        private enum CreatorFacing
        {
            No,

            /// <summary>Only its namespace says so: every type of a product called CreatorHub.</summary>
            ByNamespace,

            /// <summary>Its name, a marker on it or on an ancestor.</summary>
            Declared,
        }

        public bool IsCreatorFacing(INamedTypeSymbol type) => Of(type) != CreatorFacing.No;

        /// <summary>
        /// Creator-facing by its own name or marker. A type that only its namespace makes creator-facing is still a row
        /// when another surface holds it: a <c>ViewerRow</c> next to the stats that list it is the viewers', not the
        /// creator's (privacy model §3.1).
        /// </summary>
        public bool IsDeclaredCreatorFacing(INamedTypeSymbol type) => Of(type) == CreatorFacing.Declared;

        private CreatorFacing Of(INamedTypeSymbol type) =>
            type.TypeKind is TypeKind.Class or TypeKind.Struct or TypeKind.Interface ? _cache[type.OriginalDefinition] : CreatorFacing.No;

        /// <summary>Every type of the compilation is asked about: the policy's names first, then the markers, which need the bases and interfaces.</summary>
        private CreatorFacing Compute(INamedTypeSymbol type) =>
            _policy.CreatorFacingTypes.MatchesType(type) || PrivacyAttributes.MarksTypeOrAncestor(type, PrivacyAttributes.CreatorFacing)
                ? CreatorFacing.Declared
                : _namespaces.Matches(type.ContainingNamespace) ? CreatorFacing.ByNamespace : CreatorFacing.No;

        /// <summary>
        /// Why a type is creator-facing, in the order <see cref="Compute"/> asks: the policy pattern its name matches, the
        /// type that carries the marker, or the pattern its namespace matches. Null when it is not. For the privacy map,
        /// which answers "why was this reported, and why not that".
        /// </summary>
        public string? Explain(INamedTypeSymbol type)
        {
            if (!IsCreatorFacing(type))
            {
                return null;
            }

            type = type.OriginalDefinition;
            return _policy.CreatorFacingTypes.FirstMatchingType(type) is { } name
                ? SurfaceReasons.NameMatches(name, PolicyKeys.CreatorFacingTypes)
                : PrivacyAttributes.MarkedTypeOrAncestor(type, PrivacyAttributes.CreatorFacing) is { } marked
                    ? SurfaceReasons.Marked(PrivacyAttributes.CreatorFacing, type, marked)
                    : _policy.CreatorFacingNamespaces.FirstMatchingNamespace(type.ContainingNamespace) is { } ns
                        ? SurfaceReasons.NamespaceMatches(type, ns, PolicyKeys.CreatorFacingNamespaces)
                        : null;
        }
    }
}

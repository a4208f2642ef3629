using Microsoft.CodeAnalysis;
using PrivacyAnalyzers.Internals;
using PrivacyAnalyzers.Policy;

namespace PrivacyAnalyzers.Model
{
    /// <summary>Decides which types are shown to creators (privacy model §3.1). Cached per compilation.</summary>
    internal sealed class CreatorFacingSurfaces
    {
        private readonly PrivacyPolicy _policy;
        private readonly Cache<INamedTypeSymbol, bool> _cache;
        private readonly NamespaceMatcher _namespaces;

        public CreatorFacingSurfaces(PrivacyPolicy policy)
        {
            _policy = policy;
            _namespaces = new NamespaceMatcher(policy.CreatorFacingNamespaces);
            _cache = new(Compute, SymbolEqualityComparer.Default);
        }

        public bool IsCreatorFacing(INamedTypeSymbol type) =>
            type.TypeKind is TypeKind.Class or TypeKind.Struct or TypeKind.Interface
            && _cache[type.OriginalDefinition];

        /// <summary>Every type of the compilation is asked about: the policy's names first, then the markers, which need the bases and interfaces.</summary>
        private bool Compute(INamedTypeSymbol type) =>
            _policy.CreatorFacingTypes.MatchesType(type) || _namespaces.Matches(type.ContainingNamespace)
            || PrivacyAttributes.MarksTypeOrAncestor(type, PrivacyAttributes.CreatorFacing);
    }
}

using System.Runtime.CompilerServices;
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

        // Types come namespace by namespace, and every segment of a namespace is matched against every pattern: the
        // answers for recent namespaces are kept, placed by identity.
        private readonly SlotMemo<INamespaceSymbol, bool> _recentNamespaces = new(slotBits: 6, RuntimeHelpers.GetHashCode);

        public CreatorFacingSurfaces(PrivacyPolicy policy)
        {
            _policy = policy;
            _cache = new(Compute, SymbolEqualityComparer.Default);
        }

        public bool IsCreatorFacing(INamedTypeSymbol type) =>
            type.TypeKind is TypeKind.Class or TypeKind.Struct or TypeKind.Interface
            && _cache[type.OriginalDefinition];

        /// <summary>Every type of the compilation is asked about: the policy's names first, then the markers, which need the bases and interfaces.</summary>
        private bool Compute(INamedTypeSymbol type) =>
            MatchesTypeName(type) || MatchesRecentNamespace(type.ContainingNamespace)
            || PrivacyAttributes.MarksTypeOrAncestor(type, PrivacyAttributes.CreatorFacing);

        private bool MatchesTypeName(INamedTypeSymbol type)
        {
            foreach (var glob in _policy.CreatorFacingTypes)
            {
                if (glob.MatchesName(type.Name, type))
                {
                    return true;
                }
            }

            return false;
        }

        private bool MatchesRecentNamespace(INamespaceSymbol? ns)
        {
            if (ns is null)
            {
                return false;
            }

            if (!_recentNamespaces.TryGet(ns, out var matches))
            {
                matches = MatchesNamespace(ns);
                _recentNamespaces.Set(ns, matches);
            }

            return matches;
        }

        private bool MatchesNamespace(INamespaceSymbol? ns)
        {
            if (ns is null || ns.IsGlobalNamespace)
            {
                return false;
            }

            foreach (var glob in _policy.CreatorFacingNamespaces)
            {
                if (glob.IsQualified)
                {
                    if (glob.IsMatch(ns.ToDisplayString()))
                    {
                        return true;
                    }

                    continue;
                }

                for (var segment = ns; segment is { IsGlobalNamespace: false }; segment = segment.ContainingNamespace)
                {
                    if (glob.IsMatch(segment.Name))
                    {
                        return true;
                    }
                }
            }

            return false;
        }
    }
}

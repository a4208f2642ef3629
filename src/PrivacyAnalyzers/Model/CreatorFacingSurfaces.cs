using System;
using System.Collections.Concurrent;
using Microsoft.CodeAnalysis;

namespace PrivacyAnalyzers.Model
{
    /// <summary>Decides which types are shown to creators (privacy model §2). Cached per compilation.</summary>
    internal sealed class CreatorFacingSurfaces
    {
        private readonly PrivacyPolicy _policy;
        private readonly ConcurrentDictionary<INamedTypeSymbol, bool> _cache = new(SymbolEqualityComparer.Default);

        // Asked of every type and member of the compilation: the factory delegate is made once, not at every call.
        private readonly Func<INamedTypeSymbol, bool> _compute;

        public CreatorFacingSurfaces(PrivacyPolicy policy)
        {
            _policy = policy;
            _compute = Compute;
        }

        public bool IsCreatorFacing(INamedTypeSymbol type) =>
            type.TypeKind is TypeKind.Class or TypeKind.Struct or TypeKind.Interface
            && _cache.GetOrAdd(type.OriginalDefinition, _compute);

        private bool Compute(INamedTypeSymbol type) =>
            IsMarked(type) || MatchesTypeName(type) || MatchesNamespace(type.ContainingNamespace);

        private static bool IsMarked(INamedTypeSymbol type)
        {
            for (var current = type; current is not null; current = current.BaseType)
            {
                if (PrivacyAttributes.Has(current, PrivacyAttributes.CreatorFacing))
                {
                    return true;
                }
            }

            foreach (var contract in type.AllInterfaces)
            {
                if (PrivacyAttributes.Has(contract, PrivacyAttributes.CreatorFacing))
                {
                    return true;
                }
            }

            return false;
        }

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

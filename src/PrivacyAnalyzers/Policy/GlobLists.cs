using System.Collections.Immutable;
using Microsoft.CodeAnalysis;

namespace PrivacyAnalyzers.Policy
{
    /// <summary>How a list of name patterns matches a type or a namespace: the same for every kind of surface.</summary>
    internal static class GlobLists
    {
        /// <summary>A pattern matches the type's simple name, or its full name when the pattern has a dot.</summary>
        public static bool MatchesType(this ImmutableArray<Glob> globs, INamedTypeSymbol type) => globs.FirstMatchingType(type) is not null;

        /// <summary>The first pattern that matches the type (see <see cref="MatchesType"/>), or null.</summary>
        public static Glob? FirstMatchingType(this ImmutableArray<Glob> globs, INamedTypeSymbol type)
        {
            foreach (var glob in globs)
            {
                if (glob.MatchesName(type.Name, type))
                {
                    return glob;
                }
            }

            return null;
        }

        /// <summary>A pattern matches one segment of the namespace, or the whole namespace when the pattern has a dot.</summary>
        public static bool MatchesNamespace(this ImmutableArray<Glob> globs, INamespaceSymbol? ns) => globs.FirstMatchingNamespace(ns) is not null;

        /// <summary>The first pattern that matches the namespace (see <see cref="MatchesNamespace"/>), or null.</summary>
        public static Glob? FirstMatchingNamespace(this ImmutableArray<Glob> globs, INamespaceSymbol? ns)
        {
            if (ns is null || ns.IsGlobalNamespace)
            {
                return null;
            }

            foreach (var glob in globs)
            {
                if (glob.IsQualified)
                {
                    if (glob.IsMatch(ns.ToDisplayString()))
                    {
                        return glob;
                    }

                    continue;
                }

                for (var segment = ns; segment is { IsGlobalNamespace: false }; segment = segment.ContainingNamespace)
                {
                    if (glob.IsMatch(segment.Name))
                    {
                        return glob;
                    }
                }
            }

            return null;
        }
    }
}

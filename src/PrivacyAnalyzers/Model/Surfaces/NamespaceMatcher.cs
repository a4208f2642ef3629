using System.Collections.Immutable;
using System.Runtime.CompilerServices;
using Microsoft.CodeAnalysis;
using PrivacyAnalyzers.Internals;
using PrivacyAnalyzers.Policy;

namespace PrivacyAnalyzers.Model
{
    /// <summary>
    /// Whether a namespace matches a list of namespace patterns. Types come namespace by namespace, and every segment of
    /// a namespace is matched against every pattern: the answers for recent namespaces are kept, placed by identity.
    /// </summary>
    internal sealed class NamespaceMatcher
    {
        private readonly ImmutableArray<Glob> _patterns;
        private readonly SlotMemo<INamespaceSymbol, bool> _recent = new(slotBits: 6, RuntimeHelpers.GetHashCode);

        public NamespaceMatcher(ImmutableArray<Glob> patterns) => _patterns = patterns;

        public bool Matches(INamespaceSymbol? ns)
        {
            if (ns is null)
            {
                return false;
            }

            if (!_recent.TryGet(ns, out var matches))
            {
                matches = _patterns.MatchesNamespace(ns);
                _recent.Set(ns, matches);
            }

            return matches;
        }
    }
}

using System.Collections.Immutable;
using System.Globalization;
using Microsoft.CodeAnalysis;

namespace PrivacyAnalyzers.Baseline
{
    /// <summary>
    /// What identifies a finding across edits (docs/baseline.md): the declaration it is in and what the rule found there,
    /// never its line. Every PRIV finding but PRIV000 carries them in its properties, which SARIF writes with the result:
    /// the baseline matches by them, and a SARIF consumer can track a finding from run to run by its fingerprint.
    /// </summary>
    internal static class Fingerprints
    {
        /// <summary>
        /// <paramref name="properties"/> with the finding's symbol, anchor and fingerprint. Asked only when a finding is
        /// reported, which is rare: the documentation id is built then.
        /// </summary>
        public static ImmutableDictionary<string, string?> Add(ImmutableDictionary<string, string?> properties, DiagnosticDescriptor rule, ISymbol? enclosing, string anchor)
        {
            var symbol = DocumentationId(enclosing);
            return properties
                .SetItem(BaselineNames.SymbolProperty, symbol)
                .SetItem(BaselineNames.AnchorProperty, anchor)
                .SetItem(BaselineNames.FingerprintProperty, Hash(rule.Id + "\n" + symbol + "\n" + anchor));
        }

        /// <summary>
        /// The documentation id of the symbol, or of the nearest declaration around it that has one. A lambda's id names
        /// no declaration (<c>M:Program.(System.Int32)</c>), so the method around it is named instead.
        /// </summary>
        public static string DocumentationId(ISymbol? symbol)
        {
            for (; symbol is not null and not INamespaceSymbol; symbol = symbol.ContainingSymbol)
            {
                if (symbol is not IMethodSymbol { MethodKind: MethodKind.AnonymousFunction } && symbol.GetDocumentationCommentId() is { } id)
                {
                    return id;
                }
            }

            return string.Empty;
        }

        /// <summary>FNV-1a, 64 bits: the same on every machine and runtime, unlike string.GetHashCode.</summary>
        private static string Hash(string text)
        {
            var hash = 14695981039346656037UL;
            foreach (var c in text)
            {
                hash = (hash ^ c) * 1099511628211UL;
            }

            return hash.ToString("x16", CultureInfo.InvariantCulture);
        }
    }
}

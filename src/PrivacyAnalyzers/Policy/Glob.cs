using System;
using Microsoft.CodeAnalysis;

namespace PrivacyAnalyzers.Policy
{
    /// <summary>
    /// A name pattern with <c>*</c> (any run of characters) and <c>?</c> (one character), case-sensitive.
    /// A pattern with a dot is qualified and matches full names (<c>MyApp.Studio.*</c>); one without matches simple names.
    /// </summary>
    internal sealed class Glob
    {
        private readonly string _pattern;

        public Glob(string pattern) => _pattern = pattern;

        public bool IsQualified => _pattern.IndexOf('.') >= 0;

        public bool IsMatch(string text) => IsMatch(_pattern.AsSpan(), text.AsSpan());

        /// <summary>Matches a symbol by its simple name, or by its full name (namespace and containing types, no type arguments) when qualified.</summary>
        public bool MatchesName(string simpleName, ISymbol symbol) =>
            IsQualified ? IsMatch(FullName(symbol)) : IsMatch(simpleName);

        private static string FullName(ISymbol symbol)
        {
            var container = (ISymbol?)symbol.ContainingType ?? symbol.ContainingNamespace;
            return container is null || container is INamespaceSymbol { IsGlobalNamespace: true }
                ? symbol.Name
                : FullName(container) + "." + symbol.Name;
        }

        public override string ToString() => _pattern;

        private static bool IsMatch(ReadOnlySpan<char> pattern, ReadOnlySpan<char> text)
        {
            // Iterative wildcard matching with backtracking to the last '*': linear in practice, no recursion.
            int p = 0, t = 0, star = -1, resume = 0;
            while (t < text.Length)
            {
                if (p < pattern.Length && (pattern[p] == '?' || pattern[p] == text[t]))
                {
                    p++;
                    t++;
                }
                else if (p < pattern.Length && pattern[p] == '*')
                {
                    star = p++;
                    resume = t;
                }
                else if (star >= 0)
                {
                    p = star + 1;
                    t = ++resume;
                }
                else
                {
                    return false;
                }
            }

            while (p < pattern.Length && pattern[p] == '*')
            {
                p++;
            }

            return p == pattern.Length;
        }
    }
}

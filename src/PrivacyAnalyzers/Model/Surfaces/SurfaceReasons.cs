using Microsoft.CodeAnalysis;
using PrivacyAnalyzers.Policy;

namespace PrivacyAnalyzers.Model
{
    /// <summary>How the surfaces say why a type is one (privacy map): the same wording for every kind of surface.</summary>
    internal static class SurfaceReasons
    {
        public static string NameMatches(Glob pattern, PolicyKey key) => $"its name matches '{pattern}' ({key.FullName})";

        public static string Marked(string marker, INamedTypeSymbol type, INamedTypeSymbol marked) =>
            SymbolEqualityComparer.Default.Equals(type, marked)
                ? $"it is marked [{marker}]"
                : $"'{marked.Name}', which it derives from or implements, is marked [{marker}]";

        public static string NamespaceMatches(INamedTypeSymbol type, Glob pattern, PolicyKey key) =>
            $"its namespace '{type.ContainingNamespace.ToDisplayString()}' matches '{pattern}' ({key.FullName})";
    }
}

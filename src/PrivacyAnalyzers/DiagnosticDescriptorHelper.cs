using Microsoft.CodeAnalysis;

namespace PrivacyAnalyzers
{
    /// <summary>The one place descriptors are created: help links, categories and severity policy stay uniform.</summary>
    internal static class DiagnosticDescriptorHelper
    {
        public static DiagnosticDescriptor Create(
            string id,
            string title,
            string messageFormat,
            string category,
            DiagnosticSeverity defaultSeverity,
            string description,
            params string[] customTags)
        {
            return new DiagnosticDescriptor(
                id,
                title,
                messageFormat,
                category,
                defaultSeverity,
                isEnabledByDefault: true,
                description: description,
                helpLinkUri: RuleIdentifiers.GetHelpUri(id),
                customTags: customTags);
        }
    }
}

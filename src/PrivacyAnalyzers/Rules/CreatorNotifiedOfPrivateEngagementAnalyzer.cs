using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using PrivacyAnalyzers.Model;

namespace PrivacyAnalyzers.Rules
{
    /// <summary>PRIV003: downloads, saves, views … are private; the creator is not told who. See docs/rules/PRIV003.md.</summary>
    [DiagnosticAnalyzer(LanguageNames.CSharp)]
    public sealed class CreatorNotifiedOfPrivateEngagementAnalyzer : EngagementNotificationAnalyzer
    {
        internal static readonly DiagnosticDescriptor Rule = DiagnosticDescriptorHelper.Create(
            RuleIdentifiers.CreatorNotifiedOfPrivateEngagement,
            title: "Creator notified of a private engagement event",
            messageFormat: "'{0}' sends a notification on a private engagement event ({1}){2}; private actions must not be announced to the creator",
            RuleCategories.Privacy,
            DiagnosticSeverity.Warning,
            description: "Downloads, saves, bookmarks, favorites, views, profile visits and screenshots are private: the creator sees them only as aggregate counts. A message to the person who acted (\"your download is ready\") is fine.");

        /// <summary>Notification sinks reached in a private event context (privacy model §6, §7).</summary>
        public CreatorNotifiedOfPrivateEngagementAnalyzer()
            : base(Rule, EngagementKind.Private)
        {
        }
    }
}

using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using PrivacyAnalyzers.Model;

namespace PrivacyAnalyzers.Rules
{
    /// <summary>PRIV002: unlike, unfollow, unsubscribe, block … notify nobody. See docs/rules/PRIV002.md.</summary>
    [DiagnosticAnalyzer(LanguageNames.CSharp)]
    public sealed class NotificationOnNegativeEngagementAnalyzer : EngagementNotificationAnalyzer
    {
        internal static readonly DiagnosticDescriptor Rule = DiagnosticDescriptorHelper.Create(
            RuleIdentifiers.NotificationOnNegativeEngagement,
            title: "Notification sent on a negative engagement event",
            messageFormat: "'{0}' sends a notification on a negative engagement event ({1}){2}; negative actions must notify nobody",
            RuleCategories.Privacy,
            DiagnosticSeverity.Warning,
            description: "Unlikes, unfollows, unsubscribes, removed reactions, downvotes, blocks and mutes are silent: nobody is notified, the creator only sees a count move. Deleting the earlier \"X liked your video\" notification is fine; sending a new one is not.");

        /// <summary>Notification sinks reached in a negative event context (privacy model §6, §7).</summary>
        public NotificationOnNegativeEngagementAnalyzer()
            : base(Rule, EngagementKind.Negative)
        {
        }
    }
}

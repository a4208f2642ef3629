using System.Collections.Immutable;
using System.Composition;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeFixes;
using PrivacyAnalyzers.Editing;

namespace PrivacyAnalyzers.Rules
{
    /// <summary>PRIV002: removes a notification sent on a negative engagement event.</summary>
    [ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(NotificationOnNegativeEngagementFixer))]
    [Shared]
    public sealed class NotificationOnNegativeEngagementFixer : CodeFixProvider
    {
        public override ImmutableArray<string> FixableDiagnosticIds =>
            ImmutableArray.Create(RuleIdentifiers.NotificationOnNegativeEngagement);

        public override FixAllProvider GetFixAllProvider() => WellKnownFixAllProviders.BatchFixer;

        public override Task RegisterCodeFixesAsync(CodeFixContext context) => NotificationRemoval.RegisterAsync(context);
    }
}

using System.Collections.Immutable;
using System.Composition;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeFixes;
using PrivacyAnalyzers.Editing;

namespace PrivacyAnalyzers.Rules
{
    /// <summary>PRIV003: removes a notification that tells the creator of a private engagement event.</summary>
    [ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(CreatorNotifiedOfPrivateEngagementFixer))]
    [Shared]
    public sealed class CreatorNotifiedOfPrivateEngagementFixer : CodeFixProvider
    {
        public override ImmutableArray<string> FixableDiagnosticIds =>
            ImmutableArray.Create(RuleIdentifiers.CreatorNotifiedOfPrivateEngagement);

        public override FixAllProvider GetFixAllProvider() => WellKnownFixAllProviders.BatchFixer;

        public override Task RegisterCodeFixesAsync(CodeFixContext context) => NotificationRemoval.RegisterAsync(context);
    }
}

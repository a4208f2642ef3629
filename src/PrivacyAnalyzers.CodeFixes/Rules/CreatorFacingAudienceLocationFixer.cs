using System.Collections.Immutable;
using System.Composition;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeFixes;
using PrivacyAnalyzers.Editing;

namespace PrivacyAnalyzers.Rules
{
    /// <summary>PRIV004 fix: remove the member that exposes where audience members are (a count of locations means nothing).</summary>
    [ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(CreatorFacingAudienceLocationFixer))]
    [Shared]
    public sealed class CreatorFacingAudienceLocationFixer : CodeFixProvider
    {
        public override ImmutableArray<string> FixableDiagnosticIds =>
            ImmutableArray.Create(RuleIdentifiers.CreatorFacingTypeExposesAudienceLocation);

        public override FixAllProvider GetFixAllProvider() => ExposedMemberFixAllProvider.Instance;

        public override async Task RegisterCodeFixesAsync(CodeFixContext context)
        {
            foreach (var diagnostic in context.Diagnostics)
            {
                await ExposedMemberFixes.RegisterAsync(context, diagnostic, MemberEdit.Remove).ConfigureAwait(false);
            }
        }
    }
}

using System.Collections.Immutable;
using System.Composition;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeFixes;
using PrivacyAnalyzers.Editing;

namespace PrivacyAnalyzers.Rules
{
    /// <summary>PRIV001 fixes: replace a collection of audience identifiers with a count, or remove the member.</summary>
    [ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(CreatorFacingAudienceIdentifierFixer))]
    [Shared]
    public sealed class CreatorFacingAudienceIdentifierFixer : CodeFixProvider
    {
        public override ImmutableArray<string> FixableDiagnosticIds =>
            ImmutableArray.Create(RuleIdentifiers.CreatorFacingTypeExposesAudienceIdentifiers);

        public override FixAllProvider GetFixAllProvider() => ExposedMemberFixAllProvider.Instance;

        public override async Task RegisterCodeFixesAsync(CodeFixContext context)
        {
            foreach (var diagnostic in context.Diagnostics)
            {
                await ExposedMemberFixes.RegisterAsync(context, diagnostic, MemberEdit.ReplaceWithCount, MemberEdit.Remove).ConfigureAwait(false);
            }
        }
    }
}

using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using PrivacyAnalyzers.Rules;

namespace PrivacyAnalyzers.Editing
{
    /// <summary>
    /// The code actions shared by the rules that flag an exposed member of a creator-facing type (PRIV001, PRIV004):
    /// remove it, or replace it with a count. Each rule's fixer passes the edits that make sense for it.
    /// </summary>
    internal static class ExposedMemberFixes
    {
        private const string RemoveKey = "PrivacyAnalyzers.RemoveMember";
        private const string CountKey = "PrivacyAnalyzers.ReplaceWithCount";

        public static async Task RegisterAsync(CodeFixContext context, Diagnostic diagnostic, params MemberEdit[] edits)
        {
            var root = await context.Document.GetSyntaxRootAsync(context.CancellationToken).ConfigureAwait(false);
            var node = root?.FindNode(diagnostic.Location.SourceSpan);
            var member = node is null ? null : await ExposedMember.FindAsync(context.Document, node, context.CancellationToken).ConfigureAwait(false);
            if (member is null)
            {
                return;
            }

            foreach (var edit in edits)
            {
                if (!Applies(diagnostic, edit))
                {
                    continue;
                }

                // Offered only when every use can be rewritten, so applying it never leaves the solution broken.
                var solution = await ExposedMemberRewriter.TryRewriteAsync(member, edit, context.CancellationToken).ConfigureAwait(false);
                if (solution is not null)
                {
                    context.RegisterCodeFix(
                        CodeAction.Create(Title(edit, member.Symbol.Name), (CancellationToken _) => Task.FromResult(solution), EquivalenceKey(edit)),
                        diagnostic);
                }
            }
        }

        /// <summary>Removal always applies; a count only where the diagnostic says the member is a collection (PRIV001).</summary>
        private static bool Applies(Diagnostic diagnostic, MemberEdit edit) =>
            edit == MemberEdit.Remove
            || (diagnostic.Properties.TryGetValue(CreatorFacingAudienceIdentifierAnalyzer.IsCollectionProperty, out var isCollection) && isCollection == "true");

        public static bool TryParseEquivalenceKey(string? key, out MemberEdit edit)
        {
            edit = key == CountKey ? MemberEdit.ReplaceWithCount : MemberEdit.Remove;
            return key is RemoveKey or CountKey;
        }

        public static string FixAllTitle(MemberEdit edit) =>
            edit == MemberEdit.Remove
                ? "Remove flagged members, replace with counts the collections whose count is read"
                : "Replace flagged collections with counts, remove other flagged members";

        private static string Title(MemberEdit edit, string memberName) =>
            edit == MemberEdit.Remove
                ? $"Remove '{memberName}'"
                : $"Replace '{memberName}' with '{CountNaming.CountNameFor(memberName)}'";

        private static string EquivalenceKey(MemberEdit edit) => edit == MemberEdit.Remove ? RemoveKey : CountKey;
    }
}

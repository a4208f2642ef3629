using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;

namespace PrivacyAnalyzers.Editing
{
    /// <summary>
    /// Fix All for member fixes. Each fix edits the whole solution (declaration, initializers, constructor calls), so
    /// fixes cannot be merged textually like the batch fixer does: the targets are marked with annotations first,
    /// then fixed one after another on the evolving solution. Each Fix All falls back on the other fix where its own
    /// cannot apply: "replace with a count" removes the members a count cannot replace (a location, or a collection
    /// whose count the type already holds), and "remove" turns into counts the collections whose count is read. So one
    /// Fix All fixes every diagnostic it can, whichever of the two `dotnet format` takes, which is the first action of
    /// whichever diagnostic it meets first.
    /// </summary>
    internal sealed class ExposedMemberFixAllProvider : FixAllProvider
    {
        private const string TargetAnnotationKind = "PrivacyAnalyzers.FixAllTarget";

        public static ExposedMemberFixAllProvider Instance { get; } = new();

        public override IEnumerable<FixAllScope> GetSupportedFixAllScopes() =>
            new[] { FixAllScope.Document, FixAllScope.Project, FixAllScope.Solution };

        public override Task<CodeAction?> GetFixAsync(FixAllContext fixAllContext)
        {
            if (!ExposedMemberFixes.TryParseEquivalenceKey(fixAllContext.CodeActionEquivalenceKey, out var edit))
            {
                return Task.FromResult<CodeAction?>(null);
            }

            var title = ExposedMemberFixes.FixAllTitle(edit);
            return Task.FromResult<CodeAction?>(CodeAction.Create(
                title,
                cancellationToken => FixAllAsync(fixAllContext, edit, cancellationToken),
                fixAllContext.CodeActionEquivalenceKey));
        }

        private static async Task<Solution> FixAllAsync(FixAllContext context, MemberEdit edit, CancellationToken cancellationToken)
        {
            var diagnostics = await DiagnosticsInScopeAsync(context).ConfigureAwait(false);
            var solution = context.Solution;
            var targets = new List<(DocumentId Document, SyntaxAnnotation Annotation)>();
            foreach (var group in diagnostics.Where(d => d.Location.IsInSource).GroupBy(d => solution.GetDocument(d.Location.SourceTree)?.Id))
            {
                if (group.Key is null)
                {
                    continue;
                }

                var root = await solution.GetDocument(group.Key)!.GetSyntaxRootAsync(cancellationToken).ConfigureAwait(false);
                var nodes = group.Select(d => root!.FindNode(d.Location.SourceSpan)).Distinct().ToList();
                var annotations = nodes.ToDictionary(n => n, _ => new SyntaxAnnotation(TargetAnnotationKind));
                targets.AddRange(annotations.Values.Select(a => (group.Key, a)));
                solution = solution.WithDocumentSyntaxRoot(group.Key, root!.ReplaceNodes(nodes, (original, _) => original.WithAdditionalAnnotations(annotations[original])));
            }

            foreach (var (documentId, annotation) in targets)
            {
                var document = solution.GetDocument(documentId);
                var root = document is null ? null : await document.GetSyntaxRootAsync(cancellationToken).ConfigureAwait(false);
                var node = root?.GetAnnotatedNodes(annotation).FirstOrDefault();
                var member = node is null ? null : await ExposedMember.FindAsync(document!, node, cancellationToken).ConfigureAwait(false);
                if (member is null)
                {
                    continue;
                }

                var fallback = edit == MemberEdit.Remove ? MemberEdit.ReplaceWithCount : MemberEdit.Remove;
                solution = await ExposedMemberRewriter.TryRewriteAsync(member, edit, cancellationToken).ConfigureAwait(false)
                    ?? await ExposedMemberRewriter.TryRewriteAsync(member, fallback, cancellationToken).ConfigureAwait(false)
                    ?? solution;
            }

            return solution;
        }

        private static async Task<ImmutableArray<Diagnostic>> DiagnosticsInScopeAsync(FixAllContext context)
        {
            switch (context.Scope)
            {
                case FixAllScope.Document when context.Document is not null:
                    return await context.GetDocumentDiagnosticsAsync(context.Document).ConfigureAwait(false);
                case FixAllScope.Project:
                    return await context.GetAllDiagnosticsAsync(context.Project).ConfigureAwait(false);
                case FixAllScope.Solution:
                    var all = ImmutableArray.CreateBuilder<Diagnostic>();
                    foreach (var project in context.Solution.Projects)
                    {
                        all.AddRange(await context.GetAllDiagnosticsAsync(project).ConfigureAwait(false));
                    }

                    return all.ToImmutable();
                default:
                    return ImmutableArray<Diagnostic>.Empty;
            }
        }
    }
}

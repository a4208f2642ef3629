using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Editing;
using Microsoft.CodeAnalysis.FindSymbols;
using Microsoft.CodeAnalysis.Operations;
using Microsoft.CodeAnalysis.Text;

namespace PrivacyAnalyzers.Editing
{
    /// <summary>
    /// Removes an exposed member, or replaces a collection with its count, together with every place in the
    /// solution that writes it, so the solution still compiles. Returns null when some use of the member cannot be
    /// rewritten safely (it is read for something other than its count, or deconstructed), or when the rewritten
    /// documents have compiler errors they did not have: the fix is then not offered.
    /// </summary>
    internal static class ExposedMemberRewriter
    {
        public static async Task<Solution?> TryRewriteAsync(ExposedMember member, MemberEdit edit, CancellationToken cancellationToken)
        {
            var countName = CountNaming.CountNameFor(member.Symbol.Name);
            if (edit == MemberEdit.ReplaceWithCount && (HoldsCountAlready(member) || !CanBecomeCount(member, countName)))
            {
                return null;
            }

            var original = member.Document.Project.Solution;
            var solution = original;
            var sites = await FindSitesAsync(member, edit, solution, cancellationToken).ConfigureAwait(false);
            if (sites is null || await IsDeconstructedAsync(member, solution, cancellationToken).ConfigureAwait(false))
            {
                return null;
            }

            var documentIds = sites.Select(s => s.DocumentId).Append(member.Document.Id).Distinct().ToList();
            foreach (var documentId in documentIds)
            {
                var editor = await DocumentEditor.CreateAsync(solution.GetDocument(documentId)!, cancellationToken).ConfigureAwait(false);
                var usesLinq = false;
                foreach (var site in sites.Where(s => s.DocumentId == documentId))
                {
                    usesLinq |= SiteEditor.Apply(editor, site, edit, countName);
                }

                if (documentId == member.Document.Id)
                {
                    SiteEditor.EditDeclaration(editor, member.Declaration, edit, countName);
                }

                solution = solution.WithDocumentSyntaxRoot(documentId, WithLinqImport(editor, usesLinq));
            }

            return await AddsErrorsAsync(original, solution, documentIds, cancellationToken).ConfigureAwait(false) ? null : solution;
        }

        /// <summary>
        /// A positional member read through the record's <c>Deconstruct</c> (<c>var (id, viewers) = digest;</c>, or a
        /// positional pattern): what it is read into would become a count, or lose a component, where no site here rewrites.
        /// </summary>
        private static async Task<bool> IsDeconstructedAsync(ExposedMember member, Solution solution, CancellationToken cancellationToken)
        {
            if (member.Parameter is null)
            {
                return false;
            }

            var deconstructs = member.Symbol.ContainingType.GetMembers(WellKnownMemberNames.DeconstructMethodName);
            foreach (var deconstruct in deconstructs)
            {
                var references = await SymbolFinder.FindReferencesAsync(deconstruct, solution, cancellationToken).ConfigureAwait(false);
                if (references.Any(r => r.Locations.Any()))
                {
                    return true;
                }
            }

            return !deconstructs.IsEmpty && await IsMatchedPositionallyAsync(deconstructs, solution, cancellationToken).ConfigureAwait(false);
        }

        /// <summary>
        /// A positional pattern on the record (<c>a is (_, { Count: &gt; 0 })</c>) calls its <c>Deconstruct</c> too, but is
        /// not reported as a reference to it: the patterns of the solution are bound to find one.
        /// </summary>
        private static async Task<bool> IsMatchedPositionallyAsync(ImmutableArray<ISymbol> deconstructs, Solution solution, CancellationToken cancellationToken)
        {
            foreach (var document in solution.Projects.SelectMany(project => project.Documents))
            {
                var root = await document.GetSyntaxRootAsync(cancellationToken).ConfigureAwait(false);
                var patterns = root?.DescendantNodes().OfType<RecursivePatternSyntax>().Where(p => p.PositionalPatternClause is not null).ToList();
                if (patterns is not { Count: > 0 })
                {
                    continue;
                }

                var model = await document.GetSemanticModelAsync(cancellationToken).ConfigureAwait(false);
                foreach (var pattern in patterns)
                {
                    if (model?.GetOperation(pattern, cancellationToken) is IRecursivePatternOperation { DeconstructSymbol: { } called }
                        && deconstructs.Contains(called.OriginalDefinition, SymbolEqualityComparer.Default))
                    {
                        return true;
                    }
                }
            }

            return false;
        }

        /// <summary>
        /// The last check before a fix is offered: a rewritten document with compiler errors it did not have. It catches the
        /// shapes no site rule foresaw (a target-typed conditional passed for the member) instead of breaking the build.
        /// </summary>
        private static async Task<bool> AddsErrorsAsync(Solution before, Solution after, IEnumerable<DocumentId> documentIds, CancellationToken cancellationToken)
        {
            foreach (var documentId in documentIds)
            {
                var errorsBefore = await ErrorCountAsync(before.GetDocument(documentId)!, cancellationToken).ConfigureAwait(false);
                var errorsAfter = await ErrorCountAsync(after.GetDocument(documentId)!, cancellationToken).ConfigureAwait(false);
                if (errorsAfter > errorsBefore)
                {
                    return true;
                }
            }

            return false;
        }

        private static async Task<int> ErrorCountAsync(Document document, CancellationToken cancellationToken)
        {
            var model = await document.GetSemanticModelAsync(cancellationToken).ConfigureAwait(false);
            return model is null ? 0 : model.GetDiagnostics(cancellationToken: cancellationToken).Count(d => d.Severity == DiagnosticSeverity.Error);
        }

        /// <summary>
        /// Whether the type already holds the count (<c>ViewerCount</c> beside <c>ViewerIds</c>, <c>LikeCount</c> beside
        /// <c>LikedByUserIds</c>): a second count would repeat it, and reading the existing one instead is safe only where
        /// it is kept in step with the collection, which names cannot tell. Removing the collection is the fix then.
        /// </summary>
        private static bool HoldsCountAlready(ExposedMember member) =>
            CountNaming.ExistingCountNamesFor(member.Symbol.Name).Any(name => member.Symbol.ContainingType.GetMembers(name).Any(IsCount));

        private static bool IsCount(ISymbol symbol) =>
            ((symbol as IPropertySymbol)?.Type ?? (symbol as IFieldSymbol)?.Type) is { SpecialType: SpecialType.System_Int32 or SpecialType.System_Int64 };

        private static bool CanBecomeCount(ExposedMember member, string countName)
        {
            var isCollection = member.Type.SpecialType != SpecialType.System_String
                && (member.Type is IArrayTypeSymbol || member.Type.AllInterfaces.Any(i => i.SpecialType == SpecialType.System_Collections_IEnumerable));
            var nameIsFree = member.Symbol.ContainingType.GetMembers(countName).IsEmpty;
            var declarationCanChange = member.Declaration switch
            {
                PropertyDeclarationSyntax property => property.AccessorList is not null,
                VariableDeclaratorSyntax variable => variable.Parent is VariableDeclarationSyntax { Variables.Count: 1 },
                _ => true,
            };
            return isCollection && nameIsFree && declarationCanChange;
        }

        private static async Task<List<WriteSite>?> FindSitesAsync(ExposedMember member, MemberEdit edit, Solution solution, CancellationToken cancellationToken)
        {
            var sites = new Dictionary<(DocumentId, TextSpan), WriteSite>();
            var symbols = new List<ISymbol> { member.Symbol };
            if (member.Parameter is not null)
            {
                symbols.Add(member.Parameter);
                symbols.Add(member.Parameter.ContainingSymbol);
            }

            foreach (var symbol in symbols)
            {
                var references = await SymbolFinder.FindReferencesAsync(symbol, solution, cancellationToken).ConfigureAwait(false);
                foreach (var location in references.Where(r => SymbolEqualityComparer.Default.Equals(r.Definition, symbol)).SelectMany(r => r.Locations))
                {
                    if (location.IsImplicit && symbol is not IMethodSymbol)
                    {
                        continue;
                    }

                    var root = await location.Document.GetSyntaxRootAsync(cancellationToken).ConfigureAwait(false);
                    var node = root!.FindNode(location.Location.SourceSpan, getInnermostNodeForTie: true);
                    var site = symbol is IMethodSymbol
                        ? SiteClassifier.ForConstructorCall(location.Document.Id, node, member.Parameter!)
                        : SiteClassifier.ForMemberUse(location.Document.Id, node, edit);
                    if (site is null)
                    {
                        if (symbol is IMethodSymbol)
                        {
                            continue;
                        }

                        return null;
                    }

                    sites[(site.DocumentId, site.Node.Span)] = site;
                }
            }

            return sites.Values.ToList();
        }

        private static SyntaxNode WithLinqImport(DocumentEditor editor, bool usesLinq)
        {
            var root = editor.GetChangedRoot();
            if (!usesLinq || root is not CompilationUnitSyntax unit || HasLinqImport(unit, editor.SemanticModel.Compilation))
            {
                return root;
            }

            return unit.AddUsings(SyntaxFactory.UsingDirective(SyntaxFactory.ParseName("System.Linq")));
        }

        private static bool HasLinqImport(CompilationUnitSyntax unit, Compilation compilation)
        {
            static bool IsLinq(UsingDirectiveSyntax u) => u.Name?.ToString().Replace("global::", string.Empty) == "System.Linq";

            return unit.Usings.Any(IsLinq)
                || compilation.SyntaxTrees.Any(tree => tree.GetRoot() is CompilationUnitSyntax other
                    && other.Usings.Any(u => u.GlobalKeyword.IsKind(SyntaxKind.GlobalKeyword) && IsLinq(u)));
        }
    }
}

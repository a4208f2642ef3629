using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.Diagnostics;
using Xunit;

namespace PrivacyAnalyzers.Tests.Verifiers
{
    /// <summary>Applies a code fix (one diagnostic at a time, or Fix All in a scope) until nothing fixable is left.</summary>
    internal sealed class CodeFixRunner(DiagnosticAnalyzer analyzer, CodeFixProvider fixer, string? equivalenceKey)
    {
        // One diagnostic is fixed per step; the cap only stops fixers that never converge.
        private const int MaxCodeFixSteps = 100;

        private const int MaxFixAllIterations = 10;

        public async Task<Solution> FixEachDiagnosticAsync(Solution solution)
        {
            for (var step = 0; step < MaxCodeFixSteps; step++)
            {
                var fixedSolution = await ApplyFirstEffectiveFixAsync(solution);
                if (fixedSolution is null)
                {
                    return solution;
                }

                solution = fixedSolution;
            }

            Assert.Fail($"{fixer.GetType().Name} still changed code after {MaxCodeFixSteps} fixes; it does not converge.");
            return solution;
        }

        public async Task<Solution> FixAllAsync(Solution solution, FixAllScope scope)
        {
            var fixAllProvider = fixer.GetFixAllProvider();
            if (fixAllProvider is null || !fixAllProvider.GetSupportedFixAllScopes().Contains(scope))
            {
                Assert.Fail($"{fixer.GetType().Name} does not support Fix All in scope {scope}.");
            }

            Func<Diagnostic, Solution, bool> inScope = (_, _) => true;
            for (var iteration = 0; iteration < MaxFixAllIterations; iteration++)
            {
                if (await FindFirstFixAsync(solution, await FixableDiagnosticsAsync(solution, inScope)) is not { } first)
                {
                    return solution;
                }

                var (document, action) = first;

                if (iteration == 0)
                {
                    // Later iterations stay within the scope the first diagnostic picked.
                    inScope = ScopeOf(document, scope);
                }

                var context = new FixAllContext(
                    document, fixer, scope, action.EquivalenceKey, fixer.FixableDiagnosticIds, new DiagnosticProvider(analyzer), CancellationToken.None);
                var fixAllAction = await fixAllProvider.GetFixAsync(context);
                var fixedSolution = fixAllAction is null ? solution : await ApplyAsync(fixAllAction, solution);
                if (!await HasTextChangesAsync(solution, fixedSolution))
                {
                    return solution;
                }

                solution = fixedSolution;
            }

            Assert.Fail($"Fix All of {fixer.GetType().Name} still changed code after {MaxFixAllIterations} iterations; it does not converge.");
            return solution;
        }

        private static Func<Diagnostic, Solution, bool> ScopeOf(Document document, FixAllScope scope) => scope switch
        {
            FixAllScope.Document => (diagnostic, solution) => solution.GetDocumentId(diagnostic.Location.SourceTree) == document.Id,
            FixAllScope.Project => (diagnostic, solution) => solution.GetDocumentId(diagnostic.Location.SourceTree)?.ProjectId == document.Project.Id,
            FixAllScope.Solution => (_, _) => true,
            _ => throw new NotSupportedException($"The verifier does not support Fix All in scope {scope}."),
        };

        private async Task<List<Diagnostic>> FixableDiagnosticsAsync(Solution solution, Func<Diagnostic, Solution, bool> inScope) =>
            (await AnalyzerRunner.GetDiagnosticsAsync(solution, analyzer))
                .Where(diagnostic => diagnostic.Location.IsInSource && fixer.FixableDiagnosticIds.Contains(diagnostic.Id) && inScope(diagnostic, solution))
                .ToList();

        /// <summary>The solution after the first fix that changes any text, or null when no fix does.</summary>
        private async Task<Solution?> ApplyFirstEffectiveFixAsync(Solution solution)
        {
            foreach (var diagnostic in await FixableDiagnosticsAsync(solution, (_, _) => true))
            {
                var document = solution.GetDocument(diagnostic.Location.SourceTree)!;
                if (await FindActionAsync(document, diagnostic) is { } action)
                {
                    var fixedSolution = await ApplyAsync(action, solution);
                    if (await HasTextChangesAsync(solution, fixedSolution))
                    {
                        return fixedSolution;
                    }
                }
            }

            return null;
        }

        private async Task<(Document Document, CodeAction Action)?> FindFirstFixAsync(Solution solution, IEnumerable<Diagnostic> diagnostics)
        {
            foreach (var diagnostic in diagnostics)
            {
                var document = solution.GetDocument(diagnostic.Location.SourceTree)!;
                if (await FindActionAsync(document, diagnostic) is { } action)
                {
                    return (document, action);
                }
            }

            return null;
        }

        /// <summary>The action registered for the diagnostic with the requested equivalence key, or the first one when none was requested.</summary>
        private async Task<CodeAction?> FindActionAsync(Document document, Diagnostic diagnostic)
        {
            var actions = new List<CodeAction>();
            var context = new CodeFixContext(document, diagnostic, (action, _) => actions.Add(action), CancellationToken.None);
            await fixer.RegisterCodeFixesAsync(context);
            return actions.FirstOrDefault(action => equivalenceKey is null || action.EquivalenceKey == equivalenceKey);
        }

        private static async Task<Solution> ApplyAsync(CodeAction action, Solution solution)
        {
            var changes = (await action.GetOperationsAsync(CancellationToken.None)).OfType<ApplyChangesOperation>().ToList();
            if (changes.Count != 1)
            {
                Assert.Fail($"Code action '{action.Title}' produced {changes.Count} ApplyChangesOperations; expected exactly one.");
            }

            return changes[0].ChangedSolution;
        }

        private static async Task<bool> HasTextChangesAsync(Solution before, Solution after) =>
            !(await TestSolution.ReadDocumentsAsync(before)).SequenceEqual(await TestSolution.ReadDocumentsAsync(after));

        /// <summary>Feeds Fix All with this analyzer's diagnostics.</summary>
        private sealed class DiagnosticProvider(DiagnosticAnalyzer analyzer) : FixAllContext.DiagnosticProvider
        {
            public override async Task<IEnumerable<Diagnostic>> GetDocumentDiagnosticsAsync(Document document, CancellationToken cancellationToken) =>
                (await AnalyzerRunner.GetDiagnosticsAsync(document.Project, analyzer))
                    .Where(diagnostic => diagnostic.Location.SourceTree?.FilePath == document.FilePath);

            public override async Task<IEnumerable<Diagnostic>> GetProjectDiagnosticsAsync(Project project, CancellationToken cancellationToken) =>
                (await AnalyzerRunner.GetDiagnosticsAsync(project, analyzer)).Where(diagnostic => !diagnostic.Location.IsInSource);

            public override async Task<IEnumerable<Diagnostic>> GetAllDiagnosticsAsync(Project project, CancellationToken cancellationToken) =>
                await AnalyzerRunner.GetDiagnosticsAsync(project, analyzer);
        }
    }
}

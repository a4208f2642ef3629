using System;
using System.Collections.Generic;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.Diagnostics;

namespace PrivacyAnalyzers.Tests.Verifiers
{
    /// <summary>
    /// Verifies <typeparamref name="TCodeFix"/> against the diagnostics of <typeparamref name="TAnalyzer"/>:
    /// the sources must produce the marked diagnostics, and after fixing, every document must equal its fixed source,
    /// compile, and carry exactly the diagnostics marked in the fixed source.
    /// </summary>
    public static class CSharpCodeFixVerifier<TAnalyzer, TCodeFix>
        where TAnalyzer : DiagnosticAnalyzer, new()
        where TCodeFix : CodeFixProvider, new()
    {
        public static Task VerifyAnalyzerAsync(string source, string? editorConfig = null) =>
            CSharpAnalyzerVerifier<TAnalyzer>.VerifyAnalyzerAsync(source, editorConfig);

        public static Task VerifyAnalyzerAsync(string[] sources, string? editorConfig = null) =>
            CSharpAnalyzerVerifier<TAnalyzer>.VerifyAnalyzerAsync(sources, editorConfig);

        /// <summary>Applies the code action chosen by <paramref name="equivalenceKey"/> (the first one when null) to each diagnostic in turn.</summary>
        public static Task VerifyCodeFixAsync(string source, string fixedSource, string? equivalenceKey = null, string? editorConfig = null) =>
            VerifyCodeFixAsync([source], [fixedSource], equivalenceKey, editorConfig);

        public static Task VerifyCodeFixAsync(string[] sources, string[] fixedSources, string? equivalenceKey = null, string? editorConfig = null) =>
            VerifyAsync([sources], [fixedSources], equivalenceKey, editorConfig, (runner, solution) => runner.FixEachDiagnosticAsync(solution));

        /// <summary>Applies the fixer's Fix All provider in <paramref name="scope"/>, anchored at the first fixable diagnostic.</summary>
        public static Task VerifyFixAllAsync(string[] sources, string[] fixedSources, FixAllScope scope, string? equivalenceKey = null, string? editorConfig = null) =>
            VerifyFixAllAsync([sources], [fixedSources], scope, equivalenceKey, editorConfig);

        /// <summary>As above, over several projects: each array holds one project's documents; later projects reference the first.</summary>
        public static Task VerifyFixAllAsync(string[][] projectSources, string[][] fixedProjectSources, FixAllScope scope, string? equivalenceKey = null, string? editorConfig = null) =>
            VerifyAsync(projectSources, fixedProjectSources, equivalenceKey, editorConfig, (runner, solution) => runner.FixAllAsync(solution, scope));

        private static async Task VerifyAsync(
            IReadOnlyList<IReadOnlyList<string>> projectSources,
            IReadOnlyList<IReadOnlyList<string>> fixedProjectSources,
            string? equivalenceKey,
            string? editorConfig,
            Func<CodeFixRunner, Solution, Task<Solution>> fix)
        {
            var analyzer = new TAnalyzer();
            var defaultId = Verification.DefaultDiagnosticId(analyzer);
            var input = TestInput.Parse(projectSources, defaultId);
            var expected = TestInput.Parse(fixedProjectSources, defaultId);
            using var workspace = new AdhocWorkspace();
            var solution = TestSolution.Create(workspace, input.ProjectSources, editorConfig);

            await Verification.AssertDiagnosticsAsync(solution, analyzer, input.ExpectedDiagnostics, "Test source");

            var fixedSolution = await fix(new CodeFixRunner(analyzer, new TCodeFix(), equivalenceKey), solution);

            await Verification.AssertDocumentsMatchAsync(fixedSolution, expected.ProjectSources);
            await Verification.AssertDiagnosticsAsync(fixedSolution, analyzer, expected.ExpectedDiagnostics, "Fixed code");
        }
    }
}

using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace PrivacyAnalyzers.Tests.Verifiers
{
    /// <summary>
    /// Verifies that <typeparamref name="TAnalyzer"/> reports exactly the diagnostics marked in the sources:
    /// <c>[|text|]</c> for its first supported diagnostic, <c>{|ID:text|}</c> for a given id.
    /// </summary>
    public static class CSharpAnalyzerVerifier<TAnalyzer>
        where TAnalyzer : DiagnosticAnalyzer, new()
    {
        public static Task VerifyAnalyzerAsync(string source, string? editorConfig = null) =>
            VerifyAnalyzerAsync([source], editorConfig);

        /// <summary>Each source is one document of a single project (Test0.cs, Test1.cs…).</summary>
        public static async Task VerifyAnalyzerAsync(string[] sources, string? editorConfig = null)
        {
            var analyzer = new TAnalyzer();
            var input = TestInput.Parse([sources], Verification.DefaultDiagnosticId(analyzer));
            using var workspace = new AdhocWorkspace();
            var solution = TestSolution.Create(workspace, input.ProjectSources, editorConfig);

            await Verification.AssertDiagnosticsAsync(solution, analyzer, input.ExpectedDiagnostics, "Test source");
        }
    }
}

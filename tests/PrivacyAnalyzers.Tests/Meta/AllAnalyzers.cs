using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using PrivacyAnalyzers.Tests.Verifiers;
using Xunit;

namespace PrivacyAnalyzers.Tests.Meta
{
    /// <summary>
    /// Runs every analyzer of the package together through <see cref="CompilationWithAnalyzers"/>, over a source compiled
    /// alone or over one document of a project as the IDE does, and names whatever went wrong: an analyzer exception, a
    /// diagnostic outside the sources, a run that does not finish in time.
    /// </summary>
    internal static class AllAnalyzers
    {
        public static readonly TimeSpan RunTimeout = TimeSpan.FromSeconds(30);

        private static readonly ImmutableArray<DiagnosticAnalyzer> Analyzers = RuleCatalog.Analyzers.ToImmutableArray();

        private static readonly CSharpParseOptions ParseOptions = new(LanguageVersion.Preview);

        // Compilations derived from one compilation share its bound references: thousands of small runs do not each
        // bind the whole framework again.
        private static readonly CSharpCompilation WithoutSources = CSharpCompilation.Create(
            "Robustness",
            references: TestReferences.All,
            options: new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable));

        /// <summary>Runs the analyzers over the whole compilation of <paramref name="source"/>, compiled alone as <c>/0/Test0.cs</c> (C# preview).</summary>
        public static Task<AnalyzerRun> RunAsync(string source)
        {
            var tree = CSharpSyntaxTree.ParseText(source, ParseOptions, path: TestSolution.DocumentPath(0, 0));
            return RunAsync(WithoutSources.AddSyntaxTrees(tree), Policies.None, (analysis, token) => analysis.GetAnalyzerDiagnosticsAsync(token));
        }

        /// <summary>
        /// Runs the analyzers over one document of <paramref name="compilation"/> as the IDE does for the open document:
        /// syntax and semantic analysis of that tree only, the other trees serving as its project.
        /// </summary>
        public static Task<AnalyzerRun> RunOnDocumentAsync(Compilation compilation, SyntaxTree document, AnalyzerOptions options) =>
            RunAsync(compilation, options, async (analysis, token) =>
            {
                var syntax = await analysis.GetAnalyzerSyntaxDiagnosticsAsync(document, token);
                var semantic = await analysis.GetAnalyzerSemanticDiagnosticsAsync(analysis.Compilation.GetSemanticModel(document), filterSpan: null, token);
                return syntax.AddRange(semantic);
            });

        private static async Task<AnalyzerRun> RunAsync(
            Compilation compilation,
            AnalyzerOptions options,
            Func<CompilationWithAnalyzers, CancellationToken, Task<ImmutableArray<Diagnostic>>> analyze)
        {
            var exceptions = new ConcurrentQueue<string>();
            var analysis = compilation.WithAnalyzers(Analyzers, new CompilationWithAnalyzersOptions(
                options,
                onAnalyzerException: (exception, analyzer, _) => exceptions.Enqueue($"{analyzer.GetType().Name} threw {exception}"),
                concurrentAnalysis: true,
                logAnalyzerExecutionTime: false,
                reportSuppressedDiagnostics: false));

            using var timeout = new CancellationTokenSource(RunTimeout);
            try
            {
                // WaitAsync bounds the run even when an analyzer never looks at the token.
                var diagnostics = await analyze(analysis, timeout.Token).WaitAsync(timeout.Token);
                var outside =
                    from diagnostic in diagnostics
                    from location in diagnostic.AdditionalLocations.Prepend(diagnostic.Location)
                    where !IsInSource(location, compilation)
                    select $"{diagnostic.Id} is reported at {location}, outside the source texts of the compilation";
                return new AnalyzerRun(compilation, diagnostics, [.. exceptions, .. outside]);
            }
            catch (OperationCanceledException) when (timeout.IsCancellationRequested)
            {
                return new AnalyzerRun(compilation, [], [.. exceptions, $"the analyzers did not finish within {RunTimeout.TotalSeconds} s"]);
            }
        }

        /// <summary>Runs the analyzers without a policy and fails the test on any problem.</summary>
        public static async Task<AnalyzerRun> RunWithoutProblemsAsync(string source)
        {
            var run = await RunAsync(source);
            Assert.True(run.Problems.IsEmpty, string.Join(Environment.NewLine, run.Problems));
            return run;
        }

        /// <summary>No location, or a span within the text of one of the compilation's trees.</summary>
        private static bool IsInSource(Location location, Compilation compilation) =>
            location == Location.None
            || (location.SourceTree is { } tree && compilation.ContainsSyntaxTree(tree) && location.SourceSpan.End <= tree.Length);
    }

    /// <summary>What one run of every analyzer over one source or document produced.</summary>
    /// <param name="Problems">Analyzer exceptions, diagnostics outside the source and time-outs; empty when all went well.</param>
    internal sealed record AnalyzerRun(Compilation Compilation, ImmutableArray<Diagnostic> Diagnostics, ImmutableArray<string> Problems)
    {
        public ImmutableArray<Diagnostic> CompilerErrors =>
            Compilation.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error).ToImmutableArray();

        /// <summary>Each analyzer diagnostic as its id and the source text it underlines, in source order.</summary>
        public IEnumerable<(string Id, string Text)> Findings =>
            Diagnostics
                .OrderBy(d => d.Location.SourceSpan.Start)
                .Select(d => (d.Id, d.Location.SourceTree?.GetText().ToString(d.Location.SourceSpan) ?? ""));
    }
}

using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Xunit;

namespace PrivacyAnalyzers.Tests.Verifiers
{
    /// <summary>Compiles test solutions and runs an analyzer over them the way the IDE does.</summary>
    internal static class AnalyzerRunner
    {
        /// <summary>The analyzer's diagnostics over every project, ordered by document and position.</summary>
        public static async Task<ImmutableArray<Diagnostic>> GetDiagnosticsAsync(Solution solution, DiagnosticAnalyzer analyzer)
        {
            var diagnostics = new List<Diagnostic>();
            foreach (var project in solution.Projects)
            {
                diagnostics.AddRange(await GetDiagnosticsAsync(project, analyzer));
            }

            return diagnostics
                .OrderBy(diagnostic => diagnostic.Location.SourceTree?.FilePath, StringComparer.Ordinal)
                .ThenBy(diagnostic => diagnostic.Location.SourceSpan.Start)
                .ThenBy(diagnostic => diagnostic.Location.SourceSpan.End)
                .ThenBy(diagnostic => diagnostic.Id, StringComparer.Ordinal)
                .ToImmutableArray();
        }

        /// <summary>Runs the analyzer on one project; fails the test when the analyzer throws.</summary>
        public static async Task<ImmutableArray<Diagnostic>> GetDiagnosticsAsync(Project project, DiagnosticAnalyzer analyzer)
        {
            var compilation = await GetCompilationAsync(project);
            var exceptions = new ConcurrentQueue<Exception>();
            var options = new CompilationWithAnalyzersOptions(
                project.AnalyzerOptions,
                onAnalyzerException: (exception, _, _) => exceptions.Enqueue(exception),
                concurrentAnalysis: true,
                logAnalyzerExecutionTime: false,
                reportSuppressedDiagnostics: false);
            var diagnostics = await compilation
                .WithAnalyzers(ImmutableArray.Create(analyzer), options)
                .GetAnalyzerDiagnosticsAsync();

            if (!exceptions.IsEmpty)
            {
                Assert.Fail($"Analyzer {analyzer.GetType().Name} threw:{Environment.NewLine}{string.Join(Environment.NewLine, exceptions)}");
            }

            return diagnostics;
        }

        /// <summary>Compiler errors (not warnings, not analyzer diagnostics) over every project.</summary>
        public static async Task<ImmutableArray<Diagnostic>> GetCompilerErrorsAsync(Solution solution)
        {
            var errors = ImmutableArray.CreateBuilder<Diagnostic>();
            foreach (var project in solution.Projects)
            {
                var compilation = await GetCompilationAsync(project);
                errors.AddRange(compilation.GetDiagnostics().Where(diagnostic => diagnostic.Severity == DiagnosticSeverity.Error));
            }

            return errors.ToImmutable();
        }

        private static async Task<Compilation> GetCompilationAsync(Project project) =>
            await project.GetCompilationAsync()
            ?? throw new InvalidOperationException($"Project {project.Name} does not support compilation.");
    }
}

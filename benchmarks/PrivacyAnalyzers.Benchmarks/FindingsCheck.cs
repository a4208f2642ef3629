using System;
using System.Collections.Immutable;
using System.Linq;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using PrivacyAnalyzers.Benchmarks.CodeBase;

namespace PrivacyAnalyzers.Benchmarks
{
    /// <summary>
    /// Whether the analyzers found in the generated code base exactly what the generator planted: a run that measured
    /// analyzers which miss or invent findings measured the wrong thing. Also the <c>check</c> mode CI runs on a small
    /// code base, so that the generator and the benchmark keep working between measurements.
    /// </summary>
    internal static class FindingsCheck
    {
        /// <summary>Prints the findings against the planted violations; true when they are the same.</summary>
        public static bool Report(GeneratedCodeBase codeBase, ImmutableArray<Diagnostic> reported)
        {
            Console.WriteLine("  diagnostics : " + string.Join(", ", AnalyzerRun.CountById(reported).Select(pair => $"{pair.Key} {pair.Value}")));
            var planted = codeBase.PlantedViolations.Select(v => (v.Id, v.Path, v.Line)).ToHashSet();
            var found = reported.Where(d => d.Location.IsInSource)
                .Select(d => (d.Id, Path: d.Location.SourceTree!.FilePath, Line: d.Location.GetLineSpan().StartLinePosition.Line + 1))
                .ToHashSet();
            var missing = planted.Except(found).OrderBy(v => v.Path, StringComparer.Ordinal).ToList();
            var unexpected = found.Except(planted).OrderBy(v => v.Path, StringComparer.Ordinal).ToList();
            Console.WriteLine($"  planted     : {planted.Count} violations, {missing.Count} missing, {unexpected.Count} unexpected");
            foreach (var (id, path, line) in missing.Take(10))
            {
                Console.WriteLine($"    missing    {id} at {path}:{line}");
            }

            foreach (var (id, path, line) in unexpected.Take(10))
            {
                Console.WriteLine($"    unexpected {id} at {path}:{line}");
            }

            return missing.Count == 0 && unexpected.Count == 0;
        }

        /// <summary>Generates <paramref name="modules"/> modules, compiles them and runs every analyzer once, concurrently, as a build does.</summary>
        public static async Task<int> RunAsync(int modules)
        {
            var codeBase = CodeBaseGenerator.Generate(modules);
            var compilation = CompilationFactory.Create(codeBase);
            Console.WriteLine($"PrivacyAnalyzers findings check: {codeBase.Files.Length:N0} files, {codeBase.LineCount:N0} lines (generated)");
            var errors = compilation.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error).ToList();
            foreach (var error in errors.Take(10))
            {
                Console.WriteLine($"  compiler error: {error}");
            }

            var run = await AnalyzerRun.RunAsync(compilation, AnalyzerSet.PrivacyAnalyzers, GlobalOptionsProvider.ForGeneratedCodeBase(), concurrent: true, logExecutionTime: false);
            var ok = Report(codeBase, run.Diagnostics) && errors.Count == 0;
            Console.WriteLine(ok ? "  verdict: findings as planted" : "  verdict: findings differ from the planted violations");
            return ok ? 0 : 1;
        }
    }
}

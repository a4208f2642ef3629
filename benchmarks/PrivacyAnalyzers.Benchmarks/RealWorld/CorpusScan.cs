using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.IO;
using System.Linq;
using System.Text;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace PrivacyAnalyzers.Benchmarks.RealWorld
{
    /// <summary>
    /// <c>corpus &lt;corpus folder&gt;</c>: every analyzer over every repository of realworld/repositories.tsv, compiled
    /// without building (<see cref="CorpusProject"/>), scored against the labels: which labelled findings are found, which
    /// clean look-alikes are reported, and, with the reviewers' verdicts, how many diagnostics are true. Documented in
    /// docs/real-world.md.
    /// </summary>
    internal static class CorpusScan
    {
        /// <summary>The kind of label each rule's finding answers.</summary>
        private static readonly ImmutableDictionary<string, string> KindOfRule = new Dictionary<string, string>
        {
            ["PRIV001"] = "roster",
            ["PRIV005"] = "roster",
            ["PRIV007"] = "roster",
            ["PRIV004"] = "location",
            ["PRIV008"] = "location",
            ["PRIV002"] = "notification",
            ["PRIV003"] = "notification",
        }.ToImmutableDictionary();

        public static async Task<int> RunAsync(string corpus, string realworld, string? only, string? markdown)
        {
            var repositories = CorpusLabels.Repositories(realworld).Where(repository => only is null || repository.Name == only).ToList();
            var verdicts = CorpusLabels.Verdicts(realworld);
            var options = new AnalyzerOptions(ImmutableArray<AdditionalText>.Empty);
            var judged = new List<JudgedDiagnostic>();
            var labels = new List<(Label Label, bool Found)>();
            var missing = 0;
            foreach (var repository in repositories)
            {
                var root = Path.Combine(corpus, repository.Name);
                if (!Directory.Exists(root))
                {
                    Console.WriteLine($"{repository.Name}: not in {corpus}; fetch {repository.Url} at {repository.Commit} into it");
                    missing++;
                    continue;
                }

                var diagnostics = new List<(string Path, int Line, Diagnostic Diagnostic)>();
                var projects = CorpusProject.CompileAll(root);
                var errors = 0;
                foreach (var (_, compilation) in projects)
                {
                    // Unrestored packages leave their types unresolved: the count says how much of the code the rules could read.
                    errors += compilation.GetDiagnostics().Count(d => d.Severity == DiagnosticSeverity.Error);
                    var run = await AnalyzerRun.RunAsync(compilation, AnalyzerSet.PrivacyAnalyzers, options, concurrent: true, logExecutionTime: false);
                    diagnostics.AddRange(run.Diagnostics
                        .Where(d => d.Location.IsInSource && d.Id != "PRIV000")
                        .Select(d => (RelativePath(root, d.Location.SourceTree!.FilePath), d.Location.GetLineSpan().StartLinePosition.Line + 1, d)));
                }

                var repositoryLabels = CorpusLabels.Labels(realworld, repository.Name);
                var repositoryJudged = diagnostics
                    .OrderBy(d => d.Path, StringComparer.Ordinal).ThenBy(d => d.Line)
                    .Select(d => Judge(repository.Name, d.Path, d.Line, d.Diagnostic, repositoryLabels, verdicts))
                    .ToList();
                var repositoryFound = repositoryLabels
                    .Select(label => (label, Found: !label.IsClean && diagnostics.Any(d => label.Covers(d.Path, d.Line) && KindOfRule.GetValueOrDefault(d.Diagnostic.Id) == label.Kind)))
                    .ToList();
                judged.AddRange(repositoryJudged);
                labels.AddRange(repositoryFound);
                Report(repository, projects.Count, errors, repositoryJudged, repositoryFound);
            }

            Summarize(judged, labels, missing);
            if (markdown is not null)
            {
                File.WriteAllText(markdown, Table(judged));
                Console.WriteLine($"every diagnostic, judged: {markdown}");
            }

            return 0;
        }

        private static JudgedDiagnostic Judge(string repository, string path, int line, Diagnostic diagnostic, IReadOnlyList<Label> labels, IReadOnlyList<Verdict> verdicts)
        {
            var kind = KindOfRule.GetValueOrDefault(diagnostic.Id);
            var finding = labels.FirstOrDefault(label => !label.IsClean && label.Kind == kind && label.Covers(path, line));
            if (finding is not null)
            {
                return new JudgedDiagnostic(repository, path, line, diagnostic, true, "labelled " + finding.Kind + ": " + finding.Reason);
            }

            var clean = labels.FirstOrDefault(label => label.IsClean && label.Covers(path, line));
            if (clean is not null)
            {
                return new JudgedDiagnostic(repository, path, line, diagnostic, false, "labelled clean: " + clean.Reason);
            }

            var verdict = verdicts.FirstOrDefault(v => v.Repository == repository && v.Path == path && v.Line == line && v.Rule == diagnostic.Id);
            return new JudgedDiagnostic(repository, path, line, diagnostic, verdict?.IsTrue, verdict?.Reason ?? "not judged yet");
        }

        private static void Report(CorpusRepository repository, int projects, int errors, IReadOnlyList<JudgedDiagnostic> diagnostics, IReadOnlyList<(Label Label, bool Found)> labels)
        {
            Console.WriteLine($"== {repository.Name} ({projects} projects compiled, {errors} compiler errors): {diagnostics.Count} diagnostics");
            foreach (var diagnostic in diagnostics)
            {
                var status = diagnostic.IsTrue switch { true => "true ", false => "FALSE", null => "?    " };
                Console.WriteLine($"  [{status}] {diagnostic.Path}:{diagnostic.Line} {diagnostic.Diagnostic.Id} {diagnostic.Diagnostic.GetMessage()}");
            }

            foreach (var (label, found) in labels.Where(l => !l.Label.IsClean && !l.Found))
            {
                Console.WriteLine($"  missed {label.Kind} {label.Path}:{label.Places} ({label.Reason})");
            }
        }

        private static void Summarize(IReadOnlyList<JudgedDiagnostic> judged, IReadOnlyList<(Label Label, bool Found)> labels, int missing)
        {
            Console.WriteLine();
            Console.WriteLine("corpus summary");
            foreach (var kind in new[] { "roster", "location", "notification" })
            {
                var ofKind = labels.Where(l => l.Label.Kind == kind).ToList();
                Console.WriteLine($"  {kind,-13}: {ofKind.Count(l => l.Found)} of {ofKind.Count} labelled found{Percent(ofKind.Count(l => l.Found), ofKind.Count)}");
            }

            var exposures = labels.Where(l => l.Label.Kind is "roster" or "location").ToList();
            Console.WriteLine($"  rosters and locations: {exposures.Count(l => l.Found)} of {exposures.Count} found{Percent(exposures.Count(l => l.Found), exposures.Count)}");
            var cleanReported = labels.Count(l => l.Label.IsClean && judged.Any(d => d.IsTrue == false && l.Label.Repository == d.Repository && l.Label.Covers(d.Path, d.Line)));
            Console.WriteLine($"  clean look-alikes: {labels.Count(l => l.Label.IsClean)} labelled, {cleanReported} reported");
            var trueCount = judged.Count(d => d.IsTrue == true);
            var falseCount = judged.Count(d => d.IsTrue == false);
            Console.WriteLine($"  diagnostics  : {judged.Count}, {trueCount} true, {falseCount} false, {judged.Count(d => d.IsTrue is null)} not judged{Percent(trueCount, trueCount + falseCount)} of the judged true");
            if (missing > 0)
            {
                Console.WriteLine($"  repositories not in the corpus folder: {missing}");
            }
        }

        private static string Table(IReadOnlyList<JudgedDiagnostic> judged)
        {
            var text = new StringBuilder("| repository | place | rule | verdict | why |\n|---|---|---|---|---|\n");
            foreach (var d in judged)
            {
                var verdict = d.IsTrue switch { true => "true", false => "false", null => "not judged" };
                text.Append($"| {d.Repository} | `{d.Path}:{d.Line}` | {d.Diagnostic.Id} | {verdict} | {d.Reason.Replace("|", "\\|")} |\n");
            }

            return text.ToString();
        }

        private static string Percent(int part, int whole) => whole == 0 ? string.Empty : $" ({100.0 * part / whole:0.#} %)";

        private static string RelativePath(string root, string path) => Path.GetRelativePath(root, path).Replace('\\', '/');

        private sealed record JudgedDiagnostic(string Repository, string Path, int Line, Diagnostic Diagnostic, bool? IsTrue, string Reason);
    }
}

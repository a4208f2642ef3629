using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.RegularExpressions;
using PrivacyAnalyzers.Map;
using PrivacyAnalyzers.Testing;

namespace PrivacyAnalyzers.Benchmarks
{
    /// <summary>
    /// Whether what a tool reported for a folder is exactly the violations its sources mark (<see cref="ViolationMarkers"/>).
    /// <c>check-build &lt;folder&gt; &lt;build log&gt;</c> reads the PRIV diagnostics a real <c>dotnet build</c> printed
    /// (scripts/check-sample.sh; the generated code base too); <c>check-map &lt;folder&gt; &lt;privacy-map.json&gt;</c> reads
    /// the unsuppressed findings of a privacy map (scripts/check-privacy-map.sh).
    /// </summary>
    internal static class MarkedViolationsCheck
    {
        /// <summary>What MSBuild prints for a diagnostic: <c>/path/File.cs(12,5): warning PRIV001: …</c>.</summary>
        private static readonly Regex Reported = new(@"([^\s\[\]]+\.cs)\((\d+),\d+\): (?:warning|error) (PRIV\d{3})", RegexOptions.Compiled);

        public static int FromBuildLog(string folder, string log)
        {
            folder = Path.GetFullPath(folder);
            var reported = File.ReadLines(log)
                .Select(line => Reported.Match(line))
                .Where(match => match.Success)
                .Select(match => (Path: Path.GetFullPath(match.Groups[1].Value), Line: int.Parse(match.Groups[2].Value), Id: match.Groups[3].Value))
                .ToHashSet();
            return Compare("build check", folder, reported);
        }

        /// <summary>The map names files relative to the project's folder, which is <paramref name="folder"/>.</summary>
        public static int FromPrivacyMap(string folder, string json)
        {
            folder = Path.GetFullPath(folder);
            var reported = JsonMap.Read(File.ReadAllText(json))
                .SelectMany(map => map.Findings)
                .Where(finding => !finding.Suppressed)
                .Select(finding => (Path: Path.GetFullPath(Path.Combine(folder, finding.Location.File)), finding.Location.Line, Id: finding.Rule))
                .ToHashSet();
            return Compare("privacy map check", folder, reported);
        }

        private static int Compare(string check, string folder, HashSet<(string Path, int Line, string Id)> reported)
        {
            var expected = SourceFiles(folder)
                .SelectMany(path => ViolationMarkers.In(File.ReadAllText(path)).Select(marked => (Path: path, marked.Line, marked.Id)))
                .ToHashSet();

            var missing = expected.Except(reported).OrderBy(v => v.Path, StringComparer.Ordinal).ThenBy(v => v.Line).ToList();
            var unexpected = reported.Except(expected).OrderBy(v => v.Path, StringComparer.Ordinal).ThenBy(v => v.Line).ToList();
            foreach (var (path, line, id) in missing)
            {
                Console.WriteLine($"missing: {id} expected at {Path.GetRelativePath(folder, path)}:{line}");
            }

            foreach (var (path, line, id) in unexpected)
            {
                Console.WriteLine($"unexpected: {id} at {Path.GetRelativePath(folder, path)}:{line} has no marker comment");
            }

            Console.WriteLine($"{check}: {expected.Count} marked violations, {reported.Count} reported, {missing.Count} missing, {unexpected.Count} unexpected");
            return missing.Count == 0 && unexpected.Count == 0 && expected.Count > 0 ? 0 : 1;
        }

        /// <summary>Every .cs file under the folder except build output.</summary>
        private static IEnumerable<string> SourceFiles(string folder) =>
            Directory.EnumerateFiles(folder, "*.cs", SearchOption.AllDirectories)
                .Where(path => !Path.GetRelativePath(folder, path).Split(Path.DirectorySeparatorChar).Any(segment => segment is "bin" or "obj"));
    }
}

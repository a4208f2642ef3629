using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.RegularExpressions;
using PrivacyAnalyzers.Testing;

namespace PrivacyAnalyzers.Benchmarks
{
    /// <summary>
    /// <c>check-build &lt;folder&gt; &lt;build log&gt;</c>: the PRIV diagnostics a real <c>dotnet build</c> printed are exactly
    /// the violations the folder's sources mark (<see cref="ViolationMarkers"/>). scripts/check-sample.sh runs it on
    /// samples/CreatorStudio; it works on the generated code base as well.
    /// </summary>
    internal static class BuildLogCheck
    {
        /// <summary>What MSBuild prints for a diagnostic: <c>/path/File.cs(12,5): warning PRIV001: …</c>.</summary>
        private static readonly Regex Reported = new(@"([^\s\[\]]+\.cs)\((\d+),\d+\): (?:warning|error) (PRIV\d{3})", RegexOptions.Compiled);

        public static int Run(string folder, string log)
        {
            folder = Path.GetFullPath(folder);
            var reported = File.ReadLines(log)
                .Select(line => Reported.Match(line))
                .Where(match => match.Success)
                .Select(match => (Path: Path.GetFullPath(match.Groups[1].Value), Line: int.Parse(match.Groups[2].Value), Id: match.Groups[3].Value))
                .ToHashSet();
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

            Console.WriteLine($"build check: {expected.Count} marked violations, {reported.Count} reported, {missing.Count} missing, {unexpected.Count} unexpected");
            return missing.Count == 0 && unexpected.Count == 0 && expected.Count > 0 ? 0 : 1;
        }

        /// <summary>Every .cs file under the folder except build output.</summary>
        private static IEnumerable<string> SourceFiles(string folder) =>
            Directory.EnumerateFiles(folder, "*.cs", SearchOption.AllDirectories)
                .Where(path => !Path.GetRelativePath(folder, path).Split(Path.DirectorySeparatorChar).Any(segment => segment is "bin" or "obj"));
    }
}

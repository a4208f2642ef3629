using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.IO;
using System.Linq;

namespace PrivacyAnalyzers.Benchmarks.RealWorld
{
    /// <summary>A repository of the corpus: realworld/repositories.tsv.</summary>
    internal sealed record CorpusRepository(string Name, string Url, string Commit);

    /// <summary>What a reader found at one place of a repository: realworld/labels/&lt;name&gt;.tsv.</summary>
    /// <param name="Sites">The places an analyzer may report the finding at: a line of <paramref name="Path"/>, or of another file.</param>
    internal sealed record Label(string Repository, string Path, ImmutableArray<(string Path, int Line)> Sites, string Kind, string Reason)
    {
        public bool IsClean => Kind == "clean";

        public bool Covers(string path, int line) => Sites.Contains((path, line));

        public string Places => string.Join(",", Sites.Select(site => site.Path == Path ? site.Line.ToString() : $"{site.Path}:{site.Line}"));
    }

    /// <summary>A reviewer's verdict on a diagnostic no label covers: realworld/verdicts.tsv.</summary>
    internal sealed record Verdict(string Repository, string Path, int Line, string Rule, bool IsTrue, string Reason);

    /// <summary>Reads the tab-separated files of realworld/: a header line, then rows; blank lines and <c>#</c> lines are skipped.</summary>
    internal static class CorpusLabels
    {
        public static IReadOnlyList<CorpusRepository> Repositories(string folder) =>
            Rows(Path.Combine(folder, "repositories.tsv")).Select(row => new CorpusRepository(row[0], row[1], row[2])).ToList();

        public static IReadOnlyList<Label> Labels(string folder, string repository)
        {
            var path = Path.Combine(folder, "labels", repository + ".tsv");
            return File.Exists(path)
                ? Rows(path).Select(row => new Label(repository, row[0], ParseSites(row[0], row[1], path), row[2], row.Length > 3 ? row[3] : string.Empty)).ToList()
                : Array.Empty<Label>();
        }

        public static IReadOnlyList<Verdict> Verdicts(string folder)
        {
            var path = Path.Combine(folder, "verdicts.tsv");
            return File.Exists(path)
                ? Rows(path).Select(row => new Verdict(row[0], row[1], int.Parse(row[2]), row[3], ParseVerdict(row[4], path), row.Length > 5 ? row[5] : string.Empty)).ToList()
                : Array.Empty<Verdict>();
        }

        private static IEnumerable<string[]> Rows(string path) =>
            File.ReadLines(path)
                .Skip(1)
                .Where(line => line.Trim().Length > 0 && !line.TrimStart().StartsWith("#", StringComparison.Ordinal))
                .Select(line => line.Split('\t').Select(cell => cell.Trim()).ToArray());

        /// <summary><c>79</c>, <c>421,426</c>, or <c>79,src/Dtos/LikeDto.cs:10</c>: lines of the label's file, or <c>path:line</c> of another.</summary>
        private static ImmutableArray<(string Path, int Line)> ParseSites(string labelPath, string cell, string file) =>
            cell.Split(',').Select(part => ParseSite(labelPath, part.Trim(), file)).ToImmutableArray();

        private static (string Path, int Line) ParseSite(string labelPath, string part, string file)
        {
            var colon = part.LastIndexOf(':');
            var (path, line) = colon < 0 ? (labelPath, part) : (part.Substring(0, colon), part.Substring(colon + 1));
            return int.TryParse(line, out var number)
                ? (path, number)
                : throw new FormatException($"{file}: '{part}' is neither a line number nor path:line");
        }

        private static bool ParseVerdict(string cell, string file) => cell switch
        {
            "true" => true,
            "false" => false,
            _ => throw new FormatException($"{file}: verdict '{cell}' is neither true nor false"),
        };
    }
}

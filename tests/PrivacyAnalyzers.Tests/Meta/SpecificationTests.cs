using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.RegularExpressions;
using PrivacyAnalyzers.Policy;
using Xunit;

namespace PrivacyAnalyzers.Tests.Meta
{
    /// <summary>
    /// docs/privacy-model.md is the specification the code cites: every section reference resolves to one of its
    /// headings, and its table of policy keys (and the list on the PRIV000 page) says what the code reads.
    /// </summary>
    public class SpecificationTests
    {
        private static readonly string Specification = Path.Combine(RuleCatalog.RepositoryRoot, "docs", "privacy-model.md");

        private static readonly Regex SectionReference = new(@"§\s?(\d+(?:\.\d+)*)", RegexOptions.Compiled);

        [Fact]
        public void Every_section_reference_names_a_heading_of_the_privacy_model()
        {
            var headings = File.ReadAllLines(Specification)
                .Select(line => Regex.Match(line, @"^#{2,4} (\d+(?:\.\d+)*)\.? "))
                .Where(match => match.Success)
                .Select(match => match.Groups[1].Value)
                .ToHashSet();

            var references = CitingFiles().SelectMany(path => File.ReadLines(path).SelectMany((line, index) =>
                SectionReference.Matches(line).Select(match => (Section: match.Groups[1].Value, Place: $"{Path.GetRelativePath(RuleCatalog.RepositoryRoot, path)}:{index + 1}")))).ToList();

            Assert.NotEmpty(references);
            var dangling = references.Where(reference => !headings.Contains(reference.Section)).Select(reference => $"§{reference.Section} at {reference.Place}").ToList();
            Assert.True(dangling.Count == 0, "No heading in docs/privacy-model.md for:" + Environment.NewLine + string.Join(Environment.NewLine, dangling));
        }

        [Fact]
        public void The_table_of_policy_keys_gives_every_key_what_it_takes_and_its_defaults()
        {
            var rows = KeyRows(Specification);

            Assert.Equal(PolicyKeys.All.Select(key => key.FullName), rows.Select(row => row.Key));
            Assert.All(PolicyKeys.All.Zip(rows), pair =>
            {
                var (key, row) = pair;
                Assert.Equal(key.ValueDescription, row.Cells[1]);
                Assert.Equal(key.DefaultValues, Values(row.Cells[3]));
            });
        }

        [Fact]
        public void The_PRIV000_page_lists_every_key_with_what_it_takes()
        {
            var rows = KeyRows(Path.Combine(RuleCatalog.RepositoryRoot, "docs", "rules", "PRIV000.md"));

            Assert.Equal(PolicyKeys.All.Select(key => key.FullName), rows.Select(row => row.Key));
            Assert.All(PolicyKeys.All.Zip(rows), pair => Assert.Equal(pair.First.ValueDescription, pair.Second.Cells[1]));
        }

        /// <summary>The rows of the markdown tables in a file whose first cell is a policy key, with their cells.</summary>
        private static List<(string Key, string[] Cells)> KeyRows(string path) =>
            File.ReadLines(path)
                .Where(line => line.StartsWith("| `privacy.", StringComparison.Ordinal))
                .Select(line => line.Trim().Trim('|').Split('|').Select(cell => cell.Trim()).ToArray())
                .Select(cells => (Key: cells[0].Trim('`'), Cells: cells))
                .ToList();

        /// <summary>The values of a defaults cell: <c>`User`, `Viewer`</c>, or none.</summary>
        private static string[] Values(string cell) =>
            cell == "none" ? [] : Regex.Matches(cell, "`([^`]*)`").Select(match => match.Groups[1].Value).ToArray();

        /// <summary>The sources, tests and documents that may cite a section of the privacy model.</summary>
        private static IEnumerable<string> CitingFiles()
        {
            var root = RuleCatalog.RepositoryRoot;
            var code = new[] { "src", "tests", "benchmarks" }
                .SelectMany(folder => Directory.EnumerateFiles(Path.Combine(root, folder), "*.cs", SearchOption.AllDirectories))
                .Where(path => !path.Split(Path.DirectorySeparatorChar).Any(segment => segment is "bin" or "obj"));
            var documents = Directory.EnumerateFiles(Path.Combine(root, "docs"), "*.md", SearchOption.AllDirectories)
                .Append(Path.Combine(root, "README.md"));
            return code.Concat(documents);
        }
    }
}

using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeFixes;
using Xunit;

namespace PrivacyAnalyzers.Tests.Meta
{
    /// <summary>The descriptors, the docs, the README and the release notes say the same thing about every rule.</summary>
    public class RuleMetadataTests
    {
        public static IEnumerable<object[]> Descriptors => RuleCatalog.DescriptorData;

        public static IEnumerable<object[]> Fixers => RuleCatalog.FixerData;

        [Theory]
        [MemberData(nameof(Descriptors))]
        public void Help_link_points_at_the_rule_page(string id)
        {
            var descriptor = RuleCatalog.Descriptor(id);
            Assert.EndsWith($"/docs/rules/{id}.md", descriptor.HelpLinkUri, StringComparison.Ordinal);
        }

        [Theory]
        [MemberData(nameof(Descriptors))]
        public void Rule_page_exists_and_its_title_matches_the_descriptor(string id)
        {
            var descriptor = RuleCatalog.Descriptor(id);
            var page = Path.Combine(RuleCatalog.RepositoryRoot, "docs", "rules", id + ".md");
            Assert.True(File.Exists(page), $"docs/rules/{id}.md is missing");
            var lines = File.ReadAllLines(page);
            Assert.Equal($"# {id}: {descriptor.Title}", lines[0]);
            Assert.Contains(lines, l => l.Replace(" ", string.Empty) == $"|Defaultseverity|{descriptor.DefaultSeverity}|");
        }

        [Theory]
        [MemberData(nameof(Descriptors))]
        public void Rule_page_says_why_what_is_flagged_its_options_and_how_to_suppress(string id)
        {
            var headings = File.ReadAllLines(Path.Combine(RuleCatalog.RepositoryRoot, "docs", "rules", id + ".md"))
                .Where(l => l.StartsWith("## ", StringComparison.Ordinal) || l.StartsWith("### ", StringComparison.Ordinal))
                .ToList();

            Assert.Contains("## Why", headings);
            Assert.Contains("## What is flagged", headings);
            Assert.Contains("### Not flagged", headings);
            Assert.True(headings.Contains("## Options") || headings.Contains("## The keys"), $"docs/rules/{id}.md has no options section");
            Assert.Contains("## Suppressing", headings);
        }

        [Theory]
        [MemberData(nameof(Descriptors))]
        public void Readme_rule_table_lists_the_rule_with_its_title_and_severity(string id)
        {
            var descriptor = RuleCatalog.Descriptor(id);
            var readme = File.ReadAllLines(Path.Combine(RuleCatalog.RepositoryRoot, "README.md"));
            var row = $"| [{id}](docs/rules/{id}.md) | {descriptor.Title} | {descriptor.DefaultSeverity} |";
            Assert.Contains(readme, line => line.StartsWith(row, StringComparison.Ordinal));
        }

        [Theory]
        [MemberData(nameof(Descriptors))]
        public void Release_notes_track_the_rule_with_its_category_and_severity(string id)
        {
            var descriptor = RuleCatalog.Descriptor(id);
            var folder = Path.Combine(RuleCatalog.RepositoryRoot, "src", "PrivacyAnalyzers");
            var notes = File.ReadAllLines(Path.Combine(folder, "AnalyzerReleases.Shipped.md"))
                .Concat(File.ReadAllLines(Path.Combine(folder, "AnalyzerReleases.Unshipped.md")));
            Assert.Contains(notes, l => l.Replace(" ", string.Empty).StartsWith($"{id}|{descriptor.Category}|{descriptor.DefaultSeverity}|", StringComparison.Ordinal));
        }

        [Fact]
        public void Readme_lists_no_rule_that_does_not_exist()
        {
            var readme = File.ReadAllLines(Path.Combine(RuleCatalog.RepositoryRoot, "README.md"));
            var listed = readme.Where(l => l.StartsWith("| [PRIV", StringComparison.Ordinal)).Select(l => l.Substring(3, 7));
            Assert.Equal(RuleCatalog.Descriptors.Select(d => d.Id), listed);
        }

        [Theory]
        [MemberData(nameof(Fixers))]
        public void Fixer_is_exported_shared_and_supports_fix_all(string name)
        {
            var type = RuleCatalog.FixerType(name);
            Assert.True(RuleCatalog.IsExportedAndShared(type), $"{name} needs [ExportCodeFixProvider] and [Shared]");
            var fixer = (CodeFixProvider)Activator.CreateInstance(type)!;
            Assert.NotNull(fixer.GetFixAllProvider());
            Assert.All(fixer.FixableDiagnosticIds, id => Assert.Contains(RuleCatalog.Descriptors, d => d.Id == id));
        }

        [Fact]
        public void Every_rule_id_is_unique_and_well_formed()
        {
            Assert.All(RuleCatalog.Descriptors, d => Assert.Matches("^PRIV[0-9]{3}$", d.Id));
            Assert.Equal(RuleCatalog.Descriptors.Count, RuleCatalog.Descriptors.Select(d => d.Id).Distinct().Count());
        }
    }
}

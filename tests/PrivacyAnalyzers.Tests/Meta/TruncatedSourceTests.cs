using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Linq;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;
using Xunit;

namespace PrivacyAnalyzers.Tests.Meta
{
    /// <summary>
    /// Every analyzer survives every prefix of every sample and rule-test source, analysed as the IDE analyses the
    /// document a person is typing from top to bottom: inside its project, whose other documents are complete. No
    /// analyzer throws, no diagnostic lands outside the text, no run hangs. A sample file is typed inside the sample;
    /// a rule-test source inside the test project its test builds (see <see cref="RuleTestSources"/>). The uncut texts
    /// compile and report what they should, so the prefixes reach the rules' logic, not only their error-type paths.
    /// </summary>
    public class TruncatedSourceTests
    {
        private const int Cuts = 20;

        public static IEnumerable<object[]> SampleFiles => SampleProject.Files.Select(file => new object[] { file });

        public static IEnumerable<object[]> RuleTestFiles => RuleTestSources.Files.Select(name => new object[] { name });

        [Fact]
        public void Sample_compiles_here_as_its_build_compiles_it()
        {
            Assert.Empty(SampleProject.Compilation.GetDiagnostics().Where(diagnostic => diagnostic.Severity == DiagnosticSeverity.Error));
        }

        [Theory]
        [MemberData(nameof(SampleFiles))]
        public async Task Sample_file_reports_exactly_the_violations_it_marks(string file)
        {
            var run = await AllAnalyzers.RunOnDocumentAsync(SampleProject.Compilation, SampleProject.Tree(file), Policies.Sample);

            Assert.Empty(run.Problems);
            Assert.Equal(
                SampleProject.MarkedViolations(file).Order(),
                run.Diagnostics.Select(d => (d.Id, Line: d.Location.GetLineSpan().StartLinePosition.Line + 1)).Order());
        }

        [Theory]
        [MemberData(nameof(SampleFiles))]
        public async Task Analyzers_survive_every_prefix_of_a_sample_file_typed_inside_the_sample(string file)
        {
            await AssertEveryPrefixSurvivesAsync([new TypedFile(file, SampleProject.Text(file), text => SampleProject.WithText(file, text), Policies.Sample)]);
        }

        [Theory]
        [MemberData(nameof(RuleTestFiles))]
        public void Rule_test_sources_compile_with_the_documents_their_tests_add(string fileName)
        {
            var sources = RuleTestSources.In(fileName);

            Assert.NotEmpty(sources);
            Assert.All(sources, source =>
            {
                var (compilation, _) = source.WithText(source.Text);
                var errors = compilation.GetDiagnostics().Where(diagnostic => diagnostic.Severity == DiagnosticSeverity.Error).ToList();
                var declared = source.CompilerErrors.Select(error => (error.Id, new TextSpan(source.Preamble.Length + error.Span.Start, error.Span.Length)));
                Assert.True(
                    declared.Order().SequenceEqual(errors.Select(error => (error.Id, error.Location.SourceSpan)).Order()),
                    $"{source.Name}, compiled as its test compiles it, has other compiler errors than its markup declares:{Environment.NewLine}"
                        + string.Join(Environment.NewLine, errors));
            });
        }

        [Theory]
        [MemberData(nameof(RuleTestFiles))]
        public async Task Analyzers_survive_every_prefix_of_the_sources_in_a_rule_test_file_typed_inside_their_test_projects(string fileName)
        {
            await AssertEveryPrefixSurvivesAsync(RuleTestSources.In(fileName).Select(source => new TypedFile(source.Name, source.Text, source.WithText, Policies.None)));
        }

        /// <summary>
        /// Cuts each file at <see cref="Cuts"/> evenly spread offsets, from the empty file to the whole text, and runs the
        /// prefixes in parallel, each inside the file's project.
        /// </summary>
        private static async Task AssertEveryPrefixSurvivesAsync(IEnumerable<TypedFile> files)
        {
            var prefixes = files.SelectMany(file => Enumerable.Range(0, Cuts + 1).Select(cut => new Prefix(file, cut)));
            var problems = new ConcurrentBag<(Prefix Prefix, string Problem)>();
            await Parallel.ForEachAsync(prefixes, async (prefix, _) =>
            {
                var (compilation, document) = prefix.File.Compile(prefix.Text);
                var run = await AllAnalyzers.RunOnDocumentAsync(compilation, document, prefix.File.Options);
                foreach (var problem in run.Problems)
                {
                    problems.Add((prefix, problem));
                }
            });

            Assert.True(problems.IsEmpty, string.Join(
                Environment.NewLine,
                problems.OrderBy(p => p.Prefix.File.Name, StringComparer.Ordinal).ThenBy(p => p.Prefix.Length).Select(p => $"{p.Prefix}: {p.Problem}")));
        }

        /// <summary>A file a person types: its name, its whole text, and its project once it holds a given text.</summary>
        private sealed record TypedFile(
            string Name,
            string Text,
            Func<string, (Compilation Compilation, SyntaxTree Document)> Compile,
            AnalyzerOptions Options);

        private sealed record Prefix(TypedFile File, int Cut)
        {
            public int Length => (int)((long)File.Text.Length * Cut / Cuts);

            public string Text => File.Text[..Length];

            public override string ToString() => $"{File.Name}, cut after {Length} of {File.Text.Length} characters";
        }
    }
}

using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Text;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Xunit;

namespace PrivacyAnalyzers.Tests.Verifiers
{
    /// <summary>The checks shared by the verifiers; each fails the test with a message that shows what went wrong.</summary>
    internal static class Verification
    {
        public static string DefaultDiagnosticId(DiagnosticAnalyzer analyzer) => analyzer.SupportedDiagnostics.First().Id;

        /// <summary>
        /// Fails unless <paramref name="solution"/> compiles and the analyzer reports exactly <paramref name="expected"/>.
        /// As in Microsoft.CodeAnalysis.Testing, markup such as <c>{|CS0246:Missing|}</c> declares an expected compiler error.
        /// </summary>
        public static async Task AssertDiagnosticsAsync(Solution solution, DiagnosticAnalyzer analyzer, ImmutableArray<DiagnosticSpan> expected, string what)
        {
            var errors = (await AnalyzerRunner.GetCompilerErrorsAsync(solution)).ToLookup(error => expected.Contains(ToDiagnosticSpan(error)));
            if (errors[false].Any())
            {
                Assert.Fail($"{what} does not compile (mark expected compiler errors as {{|CSxxxx:...|}}):{Environment.NewLine}{string.Join(Environment.NewLine, errors[false])}");
            }

            var expectedErrors = errors[true].Select(ToDiagnosticSpan).ToHashSet();
            await AssertAnalyzerDiagnosticsMatchAsync(solution, analyzer, expected.Where(diagnostic => !expectedErrors.Contains(diagnostic)).ToList());
        }

        private static async Task AssertAnalyzerDiagnosticsMatchAsync(Solution solution, DiagnosticAnalyzer analyzer, IReadOnlyList<DiagnosticSpan> expected)
        {
            var actual = await AnalyzerRunner.GetDiagnosticsAsync(solution, analyzer);
            if (!Order(expected).SequenceEqual(Order(actual.Select(ToDiagnosticSpan))))
            {
                var documents = (await TestSolution.ReadDocumentsAsync(solution)).ToDictionary(document => document.Path, document => document.Text);
                Assert.Fail(DiagnosticReport.Mismatch(Order(expected).ToList(), actual, documents));
            }
        }

        /// <summary>Compares every document of the solution with the expected texts, ignoring line-ending style.</summary>
        public static async Task AssertDocumentsMatchAsync(Solution solution, ImmutableArray<ImmutableArray<string>> expectedProjectSources)
        {
            var actual = await TestSolution.ReadDocumentsAsync(solution);
            var expected = expectedProjectSources
                .SelectMany((sources, project) => sources.Select((text, document) => (Path: TestSolution.DocumentPath(project, document), Text: text)))
                .ToList();
            if (!actual.Select(document => document.Path).SequenceEqual(expected.Select(document => document.Path)))
            {
                Assert.Fail($"Expected documents [{string.Join(", ", expected.Select(document => document.Path))}] but the solution has [{string.Join(", ", actual.Select(document => document.Path))}].");
            }

            var report = new StringBuilder();
            foreach (var (expectedDocument, actualDocument) in expected.Zip(actual))
            {
                if (NormalizeLineEndings(expectedDocument.Text) != NormalizeLineEndings(actualDocument.Text))
                {
                    report.AppendLine($"{actualDocument.Path} differs (- expected, + actual):")
                        .AppendLine(LineDiff.Render(NormalizeLineEndings(expectedDocument.Text), NormalizeLineEndings(actualDocument.Text)));
                }
            }

            if (report.Length > 0)
            {
                Assert.Fail($"Fixed code does not match.{Environment.NewLine}{report}");
            }
        }

        public static DiagnosticSpan ToDiagnosticSpan(Diagnostic diagnostic) =>
            new(diagnostic.Location.SourceTree?.FilePath ?? "", diagnostic.Id, diagnostic.Location.SourceSpan);

        private static IEnumerable<DiagnosticSpan> Order(IEnumerable<DiagnosticSpan> diagnostics) =>
            diagnostics
                .OrderBy(diagnostic => diagnostic.Path, StringComparer.Ordinal)
                .ThenBy(diagnostic => diagnostic.Span.Start)
                .ThenBy(diagnostic => diagnostic.Span.End)
                .ThenBy(diagnostic => diagnostic.Id, StringComparer.Ordinal);

        private static string NormalizeLineEndings(string text) => text.Replace("\r\n", "\n");
    }
}

using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Text;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;

namespace PrivacyAnalyzers.Tests.Verifiers
{
    /// <summary>Renders expected and actual diagnostics against the source so a mismatch can be read (and copied) at a glance.</summary>
    internal static class DiagnosticReport
    {
        public static string Mismatch(IReadOnlyList<DiagnosticSpan> expected, ImmutableArray<Diagnostic> actual, IReadOnlyDictionary<string, string> documents)
        {
            var report = new StringBuilder().AppendLine("Diagnostics do not match the markup.");
            report.AppendLine($"Expected {expected.Count}:");
            foreach (var diagnostic in expected)
            {
                AppendLocated(report, diagnostic, message: null, documents);
            }

            report.AppendLine($"Actual {actual.Length}:");
            foreach (var diagnostic in actual)
            {
                AppendLocated(report, Verification.ToDiagnosticSpan(diagnostic), diagnostic.GetMessage(), documents);
            }

            report.AppendLine("Actual diagnostics as markup:");
            foreach (var group in actual.Select(Verification.ToDiagnosticSpan).GroupBy(diagnostic => diagnostic.Path))
            {
                if (documents.TryGetValue(group.Key, out var text))
                {
                    report.AppendLine($"// {group.Key}").AppendLine(Mark(text, group));
                }
            }

            return report.ToString();
        }

        /// <summary>One diagnostic as <c>path(line,col): ID message</c>, then its source line with the span underlined.</summary>
        private static void AppendLocated(StringBuilder report, DiagnosticSpan diagnostic, string? message, IReadOnlyDictionary<string, string> documents)
        {
            if (!documents.TryGetValue(diagnostic.Path, out var text))
            {
                report.AppendLine($"  (no source location): {diagnostic.Id} {message}");
                return;
            }

            var line = SourceText.From(text).Lines.GetLineFromPosition(diagnostic.Span.Start);
            var column = diagnostic.Span.Start - line.Start;
            var underlineLength = Math.Max(1, Math.Min(diagnostic.Span.End, line.End) - diagnostic.Span.Start);
            report.AppendLine($"  {diagnostic.Path}({line.LineNumber + 1},{column + 1}): {diagnostic.Id} {message}".TrimEnd())
                .AppendLine($"    {line}")
                .AppendLine($"    {new string(' ', column)}{new string('^', underlineLength)}");
        }

        /// <summary>The text with each diagnostic re-marked as <c>{|ID:...|}</c>.</summary>
        private static string Mark(string text, IEnumerable<DiagnosticSpan> diagnostics)
        {
            var marked = new StringBuilder(text);

            // Insert from the end so earlier offsets stay valid.
            foreach (var diagnostic in diagnostics.OrderByDescending(diagnostic => diagnostic.Span.Start))
            {
                marked.Insert(diagnostic.Span.End, "|}").Insert(diagnostic.Span.Start, $"{{|{diagnostic.Id}:");
            }

            return marked.ToString();
        }
    }
}

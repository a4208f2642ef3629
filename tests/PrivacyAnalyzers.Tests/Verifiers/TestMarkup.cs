using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Text;
using Microsoft.CodeAnalysis.Text;

namespace PrivacyAnalyzers.Tests.Verifiers
{
    /// <summary>A diagnostic identified the way markup denotes it: document path, id and exact span.</summary>
    internal sealed record DiagnosticSpan(string Path, string Id, TextSpan Span);

    /// <summary>Test input with markup stripped: the sources of each project and the diagnostics the markup expects.</summary>
    internal sealed record TestInput(
        ImmutableArray<ImmutableArray<string>> ProjectSources,
        ImmutableArray<DiagnosticSpan> ExpectedDiagnostics)
    {
        public static TestInput Parse(IReadOnlyList<IReadOnlyList<string>> projectMarkup, string defaultId)
        {
            var projects = ImmutableArray.CreateBuilder<ImmutableArray<string>>();
            var expected = ImmutableArray.CreateBuilder<DiagnosticSpan>();
            for (var project = 0; project < projectMarkup.Count; project++)
            {
                var sources = ImmutableArray.CreateBuilder<string>();
                for (var document = 0; document < projectMarkup[project].Count; document++)
                {
                    var path = TestSolution.DocumentPath(project, document);
                    var (source, spans) = TestMarkup.Parse(projectMarkup[project][document], defaultId);
                    sources.Add(source);
                    foreach (var (id, span) in spans)
                    {
                        expected.Add(new DiagnosticSpan(path, id, span));
                    }
                }

                projects.Add(sources.ToImmutable());
            }

            return new TestInput(projects.ToImmutable(), expected.ToImmutable());
        }
    }

    /// <summary>
    /// Reads the markup of Microsoft.CodeAnalysis.Testing: <c>[|text|]</c> expects the default diagnostic id
    /// at that span, <c>{|ID:text|}</c> expects <c>ID</c>. Nesting is not supported.
    /// </summary>
    internal static class TestMarkup
    {
        public static (string Source, ImmutableArray<(string Id, TextSpan Span)> Spans) Parse(string markup, string defaultId)
        {
            var source = new StringBuilder(markup.Length);
            var spans = ImmutableArray.CreateBuilder<(string, TextSpan)>();
            OpenSpan? open = null;
            var position = 0;
            while (position < markup.Length)
            {
                if (TryReadOpener(markup, position, defaultId) is { } opener)
                {
                    if (open is not null)
                    {
                        throw new ArgumentException($"Nested markup at offset {position} is not supported.");
                    }

                    open = opener with { Start = source.Length };
                    position += opener.MarkupLength;
                }
                else if (open is { } span && string.CompareOrdinal(markup, position, span.Closer, 0, span.Closer.Length) == 0)
                {
                    spans.Add((span.Id, TextSpan.FromBounds(span.Start, source.Length)));
                    open = null;
                    position += span.Closer.Length;
                }
                else
                {
                    source.Append(markup[position++]);
                }
            }

            if (open is not null)
            {
                throw new ArgumentException($"Markup for {open.Id} opened at offset {open.Start} is never closed.");
            }

            return (source.ToString(), spans.ToImmutable());
        }

        private static OpenSpan? TryReadOpener(string markup, int position, string defaultId)
        {
            if (string.CompareOrdinal(markup, position, "[|", 0, 2) == 0)
            {
                return new OpenSpan(defaultId, "|]", MarkupLength: 2, Start: 0);
            }

            if (string.CompareOrdinal(markup, position, "{|", 0, 2) != 0)
            {
                return null;
            }

            var idEnd = position + 2;
            while (idEnd < markup.Length && (char.IsLetterOrDigit(markup[idEnd]) || markup[idEnd] == '_'))
            {
                idEnd++;
            }

            // "{|" without "ID:" after it is ordinary source text.
            return idEnd > position + 2 && idEnd < markup.Length && markup[idEnd] == ':'
                ? new OpenSpan(markup.Substring(position + 2, idEnd - position - 2), "|}", MarkupLength: idEnd + 1 - position, Start: 0)
                : null;
        }

        private sealed record OpenSpan(string Id, string Closer, int MarkupLength, int Start);
    }
}

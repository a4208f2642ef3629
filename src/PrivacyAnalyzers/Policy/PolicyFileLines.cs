using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;

namespace PrivacyAnalyzers.Policy
{
    /// <summary>
    /// The lines of <c>.editorconfig</c> and <c>.globalconfig</c> files that set <c>privacy.*</c> keys, so that PRIV000
    /// can point at the line it reports. The compiler hands analyzers the options, not the files they came from: the
    /// package's build targets pass the configuration files as additional files too, and only those are read here.
    /// </summary>
    internal sealed class PolicyFileLines
    {
        private static readonly char[] PathSeparators = { '/', '\\' };
        private static readonly char[] KeyValueSeparators = { '=', ':' };
        private static readonly char[] CommentStarts = { '#', ';' };

        private readonly ImmutableArray<PolicyLine> _lines;

        private PolicyFileLines(ImmutableArray<PolicyLine> lines) => _lines = lines;

        public static PolicyFileLines Read(ImmutableArray<AdditionalText> files, CancellationToken cancellationToken)
        {
            var lines = ImmutableArray.CreateBuilder<PolicyLine>();
            foreach (var file in files)
            {
                if (IsConfigurationFile(file.Path) && file.GetText(cancellationToken) is { } text)
                {
                    AddPolicyLines(file.Path, text, lines);
                }
            }

            return new PolicyFileLines(lines.ToImmutable());
        }

        /// <summary>The lines that set <paramref name="key"/>; keys are case-insensitive, as the compiler reads them.</summary>
        public IEnumerable<PolicyLine> Setting(string key)
        {
            foreach (var line in _lines)
            {
                if (string.Equals(line.Key, key, StringComparison.OrdinalIgnoreCase))
                {
                    yield return line;
                }
            }
        }

        private static bool IsConfigurationFile(string path)
        {
            var name = path.Substring(path.LastIndexOfAny(PathSeparators) + 1);
            return name.Equals(".editorconfig", StringComparison.OrdinalIgnoreCase)
                || name.EndsWith(".globalconfig", StringComparison.OrdinalIgnoreCase);
        }

        /// <summary>Reads <c>key = value</c> lines the way the compiler does: <c>=</c> or <c>:</c>, a comment after <c>#</c> or <c>;</c>.</summary>
        private static void AddPolicyLines(string path, SourceText text, ImmutableArray<PolicyLine>.Builder lines)
        {
            foreach (var textLine in text.Lines)
            {
                var line = textLine.ToString();
                var start = 0;
                while (start < line.Length && char.IsWhiteSpace(line[start]))
                {
                    start++;
                }

                var separator = line.IndexOfAny(KeyValueSeparators, start);
                if (separator < 0 || string.Compare(line, start, PolicyKeys.Prefix, 0, PolicyKeys.Prefix.Length, StringComparison.OrdinalIgnoreCase) != 0)
                {
                    continue;
                }

                var key = line.Substring(start, separator - start).TrimEnd();
                var comment = line.IndexOfAny(CommentStarts, separator + 1);
                var value = (comment < 0 ? line.Substring(separator + 1) : line.Substring(separator + 1, comment - separator - 1)).Trim();
                var end = comment < 0 ? line.TrimEnd().Length : line.Substring(0, comment).TrimEnd().Length;
                var span = TextSpan.FromBounds(textLine.Start + start, textLine.Start + end);
                lines.Add(new PolicyLine(key, value, Location.Create(path, span, text.Lines.GetLinePositionSpan(span))));
            }
        }
    }

    /// <summary>A <c>privacy.*</c> key set on one line of a configuration file, with the value written there.</summary>
    internal sealed class PolicyLine
    {
        public PolicyLine(string key, string value, Location location)
        {
            Key = key;
            Value = value;
            Location = location;
        }

        public string Key { get; }

        public string Value { get; }

        /// <summary>The line in its file, from the key to the end of the value.</summary>
        public Location Location { get; }
    }
}

using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;

namespace PrivacyAnalyzers.Policy
{
    /// <summary>What the entries of a list key are, which decides how they are matched and validated.</summary>
    internal enum ListKind
    {
        /// <summary>PascalCase words matched against the words of a name (<c>Patron</c>).</summary>
        Words,

        /// <summary>Glob patterns over simple or full names (<c>*PayoutStatement</c>, <c>Acme.Partner.*</c>).</summary>
        Globs,

        /// <summary>Role or policy names, globs allowed (<c>Partner</c>, <c>*Creator*</c>).</summary>
        Names,
    }

    /// <summary>
    /// A list key: the built-in defaults, extended by the configured values; a value written <c>-Value</c> removes a
    /// default. <c>privacy.audience_words = Patron, -Member</c>.
    /// </summary>
    internal sealed class ListKey : PolicyKey
    {
        public ListKey(string name, ListKind kind, params string[] defaults)
            : base(name)
        {
            Kind = kind;
            DefaultValues = defaults.ToImmutableArray();
        }

        public ListKind Kind { get; }

        public override ImmutableArray<string> DefaultValues { get; }

        public override string ValueDescription => Kind switch
        {
            ListKind.Words => "list of words",
            ListKind.Globs => "list of name patterns",
            _ => "list of role or policy names",
        };

        /// <summary>Words are matched ignoring case; patterns and role names as written.</summary>
        public StringComparer Comparer => Kind == ListKind.Words ? StringComparer.OrdinalIgnoreCase : StringComparer.Ordinal;

        /// <summary>The defaults adjusted by the configured value; malformed entries are skipped (PRIV000 reports them).</summary>
        public ImmutableArray<string> Resolve(string? configured)
        {
            var values = new List<string>(DefaultValues);
            foreach (var item in Split(configured))
            {
                var removes = item.StartsWith("-", StringComparison.Ordinal);
                var value = removes ? item.Substring(1).Trim() : item;
                if (Problems(item).Any())
                {
                    continue;
                }

                if (removes)
                {
                    values.RemoveAll(v => Comparer.Equals(v, value));
                }
                else if (!values.Contains(value, Comparer))
                {
                    values.Add(value);
                }
            }

            return values.ToImmutableArray();
        }

        public override IEnumerable<string> Problems(string value)
        {
            var parts = value.Split(',');
            foreach (var part in parts)
            {
                var entry = part.Trim();
                if (entry.Length == 0)
                {
                    if (parts.Length > 1 || value.Trim().Length == 0)
                    {
                        yield return "it has an empty entry";
                    }

                    continue;
                }

                var removes = entry.StartsWith("-", StringComparison.Ordinal);
                var text = removes ? entry.Substring(1).Trim() : entry;
                if (!IsWellFormed(text))
                {
                    yield return $"'{entry}' is not {DescribeEntry()}";
                }
                else if (removes && !DefaultValues.Contains(text, Comparer))
                {
                    yield return $"'{entry}' removes nothing: '{text}' is not a default";
                }
            }
        }

        private bool IsWellFormed(string text)
        {
            if (text.Length == 0)
            {
                return false;
            }

            foreach (var c in text)
            {
                var allowed = Kind switch
                {
                    ListKind.Words => char.IsLetterOrDigit(c),
                    ListKind.Globs => char.IsLetterOrDigit(c) || c is '_' or '.' or '*' or '?' or '`',
                    _ => !char.IsControl(c) && c is not ('=' or ';' or '#'),
                };
                if (!allowed)
                {
                    return false;
                }
            }

            return Kind != ListKind.Words || char.IsLetter(text[0]);
        }

        private string DescribeEntry() => Kind switch
        {
            ListKind.Words => "a word (letters and digits, such as Patron)",
            ListKind.Globs => "a name pattern (letters, digits, '_', '.', '*', '?')",
            _ => "a role or policy name",
        };

        private static IEnumerable<string> Split(string? configured)
        {
            if (string.IsNullOrWhiteSpace(configured))
            {
                yield break;
            }

            foreach (var part in configured!.Split(','))
            {
                var item = part.Trim();
                if (item.Length > 0)
                {
                    yield return item;
                }
            }
        }
    }
}

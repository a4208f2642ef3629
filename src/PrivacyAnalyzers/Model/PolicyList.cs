using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;

namespace PrivacyAnalyzers.Model
{
    /// <summary>
    /// A list option: the built-in defaults, extended by the configured values; a value written
    /// <c>-Value</c> removes a default. <c>privacy.audience_words = Patron, -Member</c>.
    /// </summary>
    internal static class PolicyList
    {
        public static ImmutableArray<string> Resolve(IEnumerable<string> defaults, string? configured, StringComparer comparer)
        {
            var values = new List<string>(defaults);
            foreach (var item in Split(configured))
            {
                if (item.StartsWith("-", StringComparison.Ordinal))
                {
                    var removed = item.Substring(1).Trim();
                    values.RemoveAll(v => comparer.Equals(v, removed));
                }
                else if (!values.Contains(item, comparer))
                {
                    values.Add(item);
                }
            }

            return values.ToImmutableArray();
        }

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

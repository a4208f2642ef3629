using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;

namespace PrivacyAnalyzers.Policy
{
    /// <summary>
    /// A list option: the built-in defaults, extended by the configured values; a value written
    /// <c>-Value</c> removes a default. <c>privacy.audience_words = Patron, -Member</c>.
    /// </summary>
    internal static class PolicyList
    {
        /// <summary>The defaults of a key adjusted by its configured value; malformed entries are skipped (PRIV000 reports them).</summary>
        public static ImmutableArray<string> Resolve(PolicyKey key, string? configured)
        {
            var values = new List<string>(key.Defaults);
            foreach (var item in Split(configured))
            {
                var removes = item.StartsWith("-", StringComparison.Ordinal);
                var value = removes ? item.Substring(1).Trim() : item;
                if (PolicyKeys.Problems(key, item).Any())
                {
                    continue;
                }

                if (removes)
                {
                    values.RemoveAll(v => key.Comparer.Equals(v, value));
                }
                else if (!values.Contains(value, key.Comparer))
                {
                    values.Add(value);
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

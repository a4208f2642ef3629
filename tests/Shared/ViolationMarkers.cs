using System.Collections.Generic;
using System.Text.RegularExpressions;

namespace PrivacyAnalyzers.Testing
{
    /// <summary>
    /// The marker convention of samples/CreatorStudio and the generated benchmark code base: a <c>// PRIVnnn: why</c>
    /// comment stands above each deliberate violation, and the rule must be reported on the first line below it that is
    /// not a comment or an attribute. Compiled into the tests and the benchmarks, so both read markers the same way.
    /// </summary>
    internal static class ViolationMarkers
    {
        private static readonly Regex Marker = new(@"^\s*//\s*(PRIV\d{3}):", RegexOptions.Compiled);

        private static readonly Regex CommentOrAttribute = new(@"^\s*(//|\[)", RegexOptions.Compiled);

        /// <summary>The violations a source text marks: the rule and the 1-based line it must be reported on, as a build prints it.</summary>
        public static IEnumerable<(string Id, int Line)> In(string text)
        {
            var lines = text.Split('\n');
            for (var i = 0; i < lines.Length; i++)
            {
                if (Marker.Match(lines[i]) is { Success: true } marker)
                {
                    var below = i + 1;
                    while (below < lines.Length && CommentOrAttribute.IsMatch(lines[below]))
                    {
                        below++;
                    }

                    yield return (marker.Groups[1].Value, below + 1);
                }
            }
        }
    }
}

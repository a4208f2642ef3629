using System;
using System.Text;

namespace PrivacyAnalyzers.Tests.Verifiers
{
    /// <summary>A line diff over the longest common subsequence; small test files only.</summary>
    internal static class LineDiff
    {
        public static string Render(string expected, string actual)
        {
            var expectedLines = expected.Split('\n');
            var actualLines = actual.Split('\n');
            var common = CommonSuffixLengths(expectedLines, actualLines);

            var diff = new StringBuilder();
            int e = 0, a = 0;
            while (e < expectedLines.Length || a < actualLines.Length)
            {
                if (e < expectedLines.Length && a < actualLines.Length && expectedLines[e] == actualLines[a])
                {
                    diff.AppendLine($"  {expectedLines[e++]}");
                    a++;
                }
                else if (a < actualLines.Length && (e == expectedLines.Length || common[e, a + 1] >= common[e + 1, a]))
                {
                    diff.AppendLine($"+ {actualLines[a++]}");
                }
                else
                {
                    diff.AppendLine($"- {expectedLines[e++]}");
                }
            }

            return diff.ToString();
        }

        /// <summary>[i, j] = length of the longest common subsequence of expected[i..] and actual[j..].</summary>
        private static int[,] CommonSuffixLengths(string[] expected, string[] actual)
        {
            var lengths = new int[expected.Length + 1, actual.Length + 1];
            for (var i = expected.Length - 1; i >= 0; i--)
            {
                for (var j = actual.Length - 1; j >= 0; j--)
                {
                    lengths[i, j] = expected[i] == actual[j]
                        ? lengths[i + 1, j + 1] + 1
                        : Math.Max(lengths[i + 1, j], lengths[i, j + 1]);
                }
            }

            return lengths;
        }
    }
}

using System;
using System.IO;

namespace PrivacyAnalyzers.Baseline
{
    /// <summary>
    /// How a baseline names files: relative to the baseline's folder, with <c>/</c> separators, so one file serves every
    /// machine and operating system. The suppressor and the build task both name files this way.
    /// </summary>
    internal static class BaselinePaths
    {
        /// <summary>A full path with <c>/</c> separators.</summary>
        public static string Normalize(string path) => Path.GetFullPath(path).Replace('\\', '/');

        /// <summary><paramref name="file"/> relative to <paramref name="folder"/>; the full path when it lies outside it (a linked file).</summary>
        public static string Relative(string folder, string file)
        {
            var root = Normalize(folder).TrimEnd('/') + "/";
            var full = Normalize(file);
            return full.StartsWith(root, StringComparison.Ordinal) ? full.Substring(root.Length) : full;
        }
    }
}

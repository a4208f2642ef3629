using System;

namespace PrivacyAnalyzers
{
    /// <summary>Marks a method or type that handles a private engagement event (download, save, view …). The creator is not notified of such events (PRIV003).</summary>
    [AttributeUsage(AttributeTargets.Class | AttributeTargets.Struct | AttributeTargets.Method, Inherited = true, AllowMultiple = false)]
    public sealed class PrivateEventAttribute : Attribute
    {
    }
}

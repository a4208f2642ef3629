using System;

namespace PrivacyAnalyzers
{
    /// <summary>Marks a method, or every method of a type, that sends a notification to a person. Such calls must not happen on negative (PRIV002) or private (PRIV003) engagement events.</summary>
    [AttributeUsage(AttributeTargets.Class | AttributeTargets.Interface | AttributeTargets.Method, Inherited = true, AllowMultiple = false)]
    public sealed class NotificationSinkAttribute : Attribute
    {
    }
}

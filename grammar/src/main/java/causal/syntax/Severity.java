package causal.syntax;

public enum Severity { ERROR, WARNING, NOTE }

import AsyncHTTPClient
import VernAPI
public enum VernClientPlaceholder {}

import Hummingbird
import GRDB
import VernAPI
public enum VernServerPlaceholder {}
